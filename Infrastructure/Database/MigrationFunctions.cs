using System.Data.Common;
using Cms.Domain.Articles.Body;
using Cms.Domain.Common;
using Microsoft.Data.Sqlite;

namespace Cms.Infrastructure.Database;

/// <summary>The newsroom's own rules, callable from migration SQL to fill new columns from existing rows.</summary>
internal static class MigrationFunctions
{
    private static readonly Dictionary<Guid, ReadAlsoTeaser> NoTeasers = [];

    public static void Register(DbConnection connection)
    {
        var sqlite = SqliteDialect.Sqlite(connection);
        sqlite.CreateFunction<string, string>("cms_sort_name", SortName.Of, isDeterministic: true);
        sqlite.CreateFunction<string, string>("cms_search_text", text => ReadAlsoSplice.PlainText(text, NoTeasers, "en"), isDeterministic: true);
    }
}
