namespace Cms.Domain.Common;

/// <summary>Where a list stopped: the sort value and id of the last item shown.</summary>
public sealed record ListPosition(string SortValue, Guid Id);

/// <summary>Which slice of a list to read: after a position (cursor paging) or a numbered page (offset paging).</summary>
public sealed record PageRequest(int Limit, ListPosition? After, int? PageNumber)
{
    /// <summary>The default number of items in a page.</summary>
    public const int DefaultLimit = 20;

    /// <summary>The largest number of items a page may hold.</summary>
    public const int MaxLimit = 100;
}

/// <summary>One page of a list, where the next one starts, and the total when paging by number.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, ListPosition? Next, int? Total);
