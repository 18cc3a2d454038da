using System.Globalization;
using Cms.Api.Hosting;
using Cms.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Paging;

/// <summary>Every list answer: its items and where the next page starts.</summary>
public sealed record ListAnswer<T>(IReadOnlyList<T> Items, PageInfo Page);

/// <summary>The paging state of a list answer.</summary>
/// <param name="Limit">Items per page.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
/// <param name="Page">The page number when paging by number.</param>
/// <param name="Total">The number of items in the whole list when paging by number.</param>
public sealed record PageInfo(int Limit, string? NextCursor, int? Page, int? Total);

/// <summary>Reads paging parameters and writes paged answers with their <c>Link</c> header.</summary>
public static class Pages
{
    /// <summary>The page asked for, or the 400 naming the parameter that is wrong.</summary>
    public static Outcome<PageRequest> Read(Cursors cursors, string list, string? cursor, int? page, int? limit)
    {
        var size = limit ?? PageRequest.DefaultLimit;
        if (size is < 1 or > PageRequest.MaxLimit)
            return Failure.InvalidField("limit", $"must be between 1 and {PageRequest.MaxLimit}");
        if (page is not null && cursor is not null)
            return Failure.InvalidField("page", "cannot be combined with 'cursor'; use one way of paging");
        if (page is < 1 or > 100_000) return Failure.InvalidField("page", "must be between 1 and 100000");
        if (cursor is null) return new PageRequest(size, null, page);
        return cursors.Read(list, cursor) is { } position
            ? new PageRequest(size, position, null)
            : Failure.InvalidField("cursor", "is not a cursor this list gave out; start again without it");
    }

    /// <summary>The answer for a page, with a <c>Link: rel="next"</c> header when there is more.</summary>
    public static Ok<ListAnswer<TOut>> Answer<TIn, TOut>(HttpContext context, Cursors cursors, string list, PageRequest request,
        Page<TIn> page, Func<TIn, TOut> shape)
    {
        string? nextCursor = page.Next is { } next ? cursors.Write(list, next) : null;
        var nextLink = (nextCursor, request.PageNumber) switch
        {
            ({ } c, null) => Link(context, "cursor", c),
            (_, { } number) when page.Total > number * request.Limit => Link(context, "page", (number + 1).ToString(CultureInfo.InvariantCulture)),
            _ => null,
        };
        if (nextLink is not null) context.Response.Headers.Link = $"<{nextLink}>; rel=\"next\"";
        var info = new PageInfo(request.Limit, request.PageNumber is null ? nextCursor : null, request.PageNumber, page.Total);
        return TypedResults.Ok(new ListAnswer<TOut>(page.Items.Select(shape).ToList(), info));
    }

    private static string Link(HttpContext context, string name, string value)
    {
        var query = context.Request.Query
            .Where(pair => pair.Key != "cursor" && pair.Key != "page")
            .SelectMany(pair => pair.Value.Select(v => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"{name}={Uri.EscapeDataString(value)}");
        return $"{context.Request.PathBase}{context.Request.Path}?{string.Join('&', query)}";
    }
}
