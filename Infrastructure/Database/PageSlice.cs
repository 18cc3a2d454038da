using Cms.Domain.Common;
using Dapper;

namespace Cms.Infrastructure.Database;

/// <summary>What every paged query shares: its parameters, and reading one row more than the page to know if another follows.</summary>
internal static class PageSlice
{
    /// <summary><c>@newsroom</c>, <c>@ownAuthor</c>, <c>@sortValue</c>, <c>@afterId</c>, <c>@take</c> (one more than the page) and <c>@skip</c>.</summary>
    public static DynamicParameters Parameters(PageRequest page, Audience audience)
    {
        var parameters = new DynamicParameters();
        parameters.Add("newsroom", audience == Audience.Newsroom);
        parameters.Add("ownAuthor", audience.OwnAuthorId);
        parameters.Add("sortValue", page.After?.SortValue);
        parameters.Add("afterId", page.After?.Id.ToString("D"));
        parameters.Add("take", page.Limit + 1);
        parameters.Add("skip", page.PageNumber is { } number ? (number - 1) * page.Limit : 0);
        return parameters;
    }

    /// <summary>Drops the extra row, if read, and returns where the next page starts.</summary>
    public static ListPosition? Trim<T>(List<T> rows, int limit, Func<T, ListPosition> positionOf)
    {
        if (rows.Count <= limit) return null;
        rows.RemoveAt(rows.Count - 1);
        return positionOf(rows[^1]);
    }
}
