using System.Data.Common;
using Cms.Infrastructure.Database;

namespace Cms.Infrastructure.Articles;

/// <summary>
/// What article lists hold, as a version: the counters that triggers move on every change to articles and their links
/// (<c>list_version</c>) and to authors and tags (<c>name_directory</c>). State kept about a list is good while it holds.
/// </summary>
internal static class ListVersion
{
    private const string Sql = "SELECT (SELECT version FROM list_version) || '.' || (SELECT version FROM name_directory)";

    public static string Read(DbConnection connection) => DirectRead.SingleRow(connection, Sql, null, row => DirectRead.Text(row, 0)) ?? "";
}
