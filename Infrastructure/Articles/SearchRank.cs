using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Cms.Infrastructure.Articles;

/// <summary>
/// <c>cms_rank</c>, the full-text index's ranking function for searches sorted by relevance: FTS5's <c>bm25</c> with the
/// same column weights, except that a search of a single phrase skips <c>bm25</c>'s count of the articles holding that
/// phrase, a second walk over the whole index. That count scales every score of the search by the same factor, so it
/// changes no order; a search of several phrases still weighs each by how rare it is, as <c>bm25</c> does.
/// </summary>
internal static unsafe partial class SearchRank
{
    /// <summary>The condition that makes a search's <c>rank</c> this function, with the weights of title, subtitle, excerpt, body, tags and authors.</summary>
    public const string Condition = "s.rank MATCH 'cms_rank(10.0, 5.0, 3.0, 1.0, 4.0, 4.0)'";

    private const int Ok = 0;
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Adds <c>cms_rank</c> to the full-text functions of <paramref name="connection"/>.</summary>
    public static void Register(SqliteConnection connection)
    {
        var db = connection.Handle!.DangerousGetHandle();
        Fts5Api* api = null;
        IntPtr statement;
        var rc = Prepare(db, Text("SELECT fts5(?1)"u8), -1, &statement, IntPtr.Zero);
        if (rc == Ok)
        {
            rc = BindPointer(statement, 1, &api, Text("fts5_api_ptr"u8), IntPtr.Zero);
            if (rc == Ok) _ = Step(statement);
            _ = Finalize(statement);
        }
        // A file that is not a database fails here first, the first statement the connection prepares: SQLite says so.
        if (rc != Ok) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        if (api is null) throw new SqliteException("The full-text index offers no way to add a ranking function.", rc);
        rc = api->CreateFunction(api, Text("cms_rank"u8), null, &Rank, null);
        if (rc != Ok) throw new SqliteException("The search ranking function could not be added.", rc);
    }

    // A C string: a UTF-8 literal is kept in the assembly's data, never moved, with a zero after its last byte.
    private static byte* Text(ReadOnlySpan<byte> literal) => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(literal));

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Rank(Fts5ExtensionApi* api, IntPtr fts, IntPtr context, int weightCount, IntPtr* weights)
    {
        var search = (Search*)api->GetAuxdata(fts, 0);
        if (search is null)
        {
            var rc = Start(api, fts, out search);
            if (rc != Ok)
            {
                ResultErrorCode(context, rc);
                return;
            }
        }
        var frequencies = stackalloc double[search->Phrases];
        new Span<double>(frequencies, search->Phrases).Clear();
        var instances = 0;
        var code = api->InstCount(fts, &instances);
        for (var i = 0; code == Ok && i < instances; i++)
        {
            int phrase, column, offset;
            code = api->Inst(fts, i, &phrase, &column, &offset);
            if (code == Ok) frequencies[phrase] += column < weightCount ? ValueDouble(weights[column]) : 1.0;
        }
        var tokens = 0;
        if (code == Ok) code = api->ColumnSize(fts, -1, &tokens);
        if (code != Ok)
        {
            ResultErrorCode(context, code);
            return;
        }
        var score = 0.0;
        var lengthFactor = K1 * (1 - B + B * tokens / search->AverageLength);
        var rarities = Rarities(search);
        for (var i = 0; i < search->Phrases; i++) score += rarities[i] * (frequencies[i] * (K1 + 1.0) / (frequencies[i] + lengthFactor));
        ResultDouble(context, -score);
    }

    // What a search computes once: the average length of an indexed article and, with several phrases, how rare each one is.
    private static int Start(Fts5ExtensionApi* api, IntPtr fts, out Search* search)
    {
        search = null;
        var phrases = api->PhraseCount(fts);
        long rows = 0, tokens = 0;
        var rc = api->RowCount(fts, &rows);
        if (rc == Ok) rc = api->ColumnTotalSize(fts, -1, &tokens);
        if (rc != Ok) return rc;
        var made = (Search*)NativeMemory.Alloc((nuint)(sizeof(Search) + phrases * sizeof(double)));
        made->Phrases = phrases;
        made->AverageLength = rows > 0 && tokens > 0 ? (double)tokens / rows : 1.0;
        for (var i = 0; i < phrases; i++)
        {
            var rarity = 1.0;
            if (phrases > 1)
            {
                long holding = 0;
                rc = api->QueryPhrase(fts, i, &holding, &Count);
                if (rc != Ok) break;
                rarity = Math.Log((rows - holding + 0.5) / (holding + 0.5));
                if (rarity <= 0) rarity = 1e-6;
            }
            Rarities(made)[i] = rarity;
        }
        if (rc == Ok) rc = api->SetAuxdata(fts, made, &Free);
        else NativeMemory.Free(made);
        if (rc == Ok) search = made;
        return rc;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Count(Fts5ExtensionApi* api, IntPtr fts, void* holding)
    {
        (*(long*)holding)++;
        return Ok;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Free(void* memory) => NativeMemory.Free(memory);

    private static double* Rarities(Search* search) => (double*)(search + 1);

    // Followed in the same allocation by each phrase's rarity.
    [StructLayout(LayoutKind.Sequential)]
    private struct Search
    {
        public int Phrases;
        public double AverageLength;
    }

    // The start of fts5_api and Fts5ExtensionApi as sqlite3.h lays them out (every version since 3.9 begins the same way).
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5Api
    {
        public int Version;
        public IntPtr CreateTokenizer;
        public IntPtr FindTokenizer;
        public delegate* unmanaged[Cdecl]<Fts5Api*, byte*, void*, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void>, delegate* unmanaged[Cdecl]<void*, void>, int> CreateFunction;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5ExtensionApi
    {
        public int Version;
        public IntPtr UserData;
        public IntPtr ColumnCount;
        public delegate* unmanaged[Cdecl]<IntPtr, long*, int> RowCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, long*, int> ColumnTotalSize;
        public IntPtr Tokenize;
        public delegate* unmanaged[Cdecl]<IntPtr, int> PhraseCount;
        public IntPtr PhraseSize;
        public delegate* unmanaged[Cdecl]<IntPtr, int*, int> InstCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int*, int> Inst;
        public IntPtr Rowid;
        public IntPtr ColumnText;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int> ColumnSize;
        public delegate* unmanaged[Cdecl]<IntPtr, int, void*, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, IntPtr, void*, int>, int> QueryPhrase;
        public delegate* unmanaged[Cdecl]<IntPtr, void*, delegate* unmanaged[Cdecl]<void*, void>, int> SetAuxdata;
        public delegate* unmanaged[Cdecl]<IntPtr, int, void*> GetAuxdata;
    }

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_prepare_v2")]
    private static partial int Prepare(IntPtr db, byte* sql, int length, IntPtr* statement, IntPtr tail);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_bind_pointer")]
    private static partial int BindPointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_step")]
    private static partial int Step(IntPtr statement);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_finalize")]
    private static partial int Finalize(IntPtr statement);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_value_double")]
    [SuppressGCTransition]
    private static partial double ValueDouble(IntPtr value);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_result_double")]
    [SuppressGCTransition]
    private static partial void ResultDouble(IntPtr context, double value);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_result_error_code")]
    private static partial void ResultErrorCode(IntPtr context, int code);
}
