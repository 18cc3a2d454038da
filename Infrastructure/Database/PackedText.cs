using System.IO.Compression;
using System.Text;

namespace Cms.Infrastructure.Database;

/// <summary>
/// Long text written once and read seldom (a revision's snapshot, a body's HTML), kept as a BLOB of its deflated UTF-8
/// when an import writes it: stored as text, the two took 40 % of an article's bytes. A column holding packed text also
/// holds rows written as TEXT (by single writes, or before); both read the same.
/// </summary>
internal static class PackedText
{
    /// <summary>The UTF-8 bytes, deflated.</summary>
    public static byte[] Pack(ReadOnlySpan<byte> utf8)
    {
        using var packed = new MemoryStream(utf8.Length / 2 + 64);
        using (var deflate = new DeflateStream(packed, CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(utf8);
        return packed.ToArray();
    }

    /// <summary>The text, deflated.</summary>
    public static byte[] Pack(string text) => Pack(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// A packed column as a query reads it. Dapper maps every row of a result the way it mapped the first, so a column that
    /// holds packed and text rows is read through this type (<see cref="TextColumns.Register"/>), whichever kind comes first.
    /// </summary>
    internal sealed class Read(object stored)
    {
        /// <summary>The text.</summary>
        public string Text => stored as string ?? Encoding.UTF8.GetString(Utf8);

        /// <summary>The text's UTF-8 bytes.</summary>
        public ReadOnlySpan<byte> Utf8 => stored switch
        {
            byte[] packed => Inflate(packed),
            string text => Encoding.UTF8.GetBytes(text),
            _ => throw new InvalidDataException($"Packed text read as {stored.GetType().Name}."),
        };
    }

    private static byte[] Inflate(byte[] packed)
    {
        using var deflate = new DeflateStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var utf8 = new MemoryStream(packed.Length * 3);
        deflate.CopyTo(utf8);
        return utf8.ToArray();
    }
}
