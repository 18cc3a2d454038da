using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Cms.Api.Tests.Http;

/// <summary>Reads and writes one stored value straight in a test's database file, as a script with <c>sqlite3</c> would.</summary>
internal static class Stored
{
    /// <summary>The value the statement selects for the article <c>$id</c>: a string for TEXT, bytes for a BLOB.</summary>
    public static object Read(string databasePath, string sql, string id)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar()!;
    }

    /// <summary>Runs the statement for the article <c>$id</c> with <c>$value</c>; it must change one row.</summary>
    public static void Write(string databasePath, string sql, string id, object value)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$value", value);
        Assert.That(command.ExecuteNonQuery(), Is.EqualTo(1));
    }

    /// <summary>The text of a value stored packed (deflated UTF-8 in a BLOB).</summary>
    public static string Unpacked(object stored)
    {
        using var deflate = new DeflateStream(new MemoryStream((byte[])stored), CompressionMode.Decompress);
        using var text = new StreamReader(deflate, Encoding.UTF8);
        return text.ReadToEnd();
    }

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
