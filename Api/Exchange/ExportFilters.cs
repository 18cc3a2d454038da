using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Exchange;

namespace Cms.Api.Exchange;

/// <summary>Reads an export's filter from the query string or the command line.</summary>
public static class ExportFilters
{
    /// <summary>The filter the parameters describe, or the one that is wrong.</summary>
    public static Outcome<ExportFilter> Read(string? types, string? status, DateTimeOffset? updatedSince)
    {
        var names = (types ?? "author,tag,article").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0 || names.Any(name => name is not ("author" or "tag" or "article")))
            return Failure.InvalidField("types", "must list author, tag or article, comma-separated");
        ArticleStatus? wanted = null;
        if (status is not null)
        {
            wanted = ArticleStatusNames.Parse(status);
            if (wanted is null) return Failure.InvalidField("status", "must be draft, scheduled, published or archived");
        }
        return new ExportFilter(names.Contains("author"), names.Contains("tag"), names.Contains("article"), wanted, updatedSince);
    }
}
