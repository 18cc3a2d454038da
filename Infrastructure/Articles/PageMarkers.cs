using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Cms.Domain.Common;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>
/// Numbered pages without counting from the first article: for each list asked for by page number, its total and the
/// position of every <see cref="Stride"/>-th article, kept until the list's content next changes (<see cref="ListVersion"/>).
/// A deep page starts after the nearest marker before it and skips fewer than <see cref="Stride"/> articles; the total is
/// counted once per change instead of once per page.
/// </summary>
public sealed class PageMarkers(int stride = PageMarkers.DefaultStride)
{
    /// <summary>Articles between two markers.</summary>
    public const int DefaultStride = 100;

    private const int MostLists = 256;

    private readonly ConcurrentDictionary<string, Marks> lists = new(StringComparer.Ordinal);

    /// <summary>Articles between two markers.</summary>
    public int Stride { get; } = stride > 0 ? stride : throw new ArgumentOutOfRangeException(nameof(stride), "Markers are at least one article apart.");

    /// <summary>The list's markers as the database holds it now, counted again when it changed since they were taken.</summary>
    internal async Task<Marks> ForAsync(DbConnection connection, ArticleListSql query)
    {
        var keys = query.Positions();
        var identity = Identity(keys, query.Parameters);
        var version = ListVersion.Read(connection);
        if (lists.TryGetValue(identity, out var kept) && kept.Version == version) return kept;
        var every = new List<ListPosition>();
        var total = 0;
        await using (var reader = await connection.ExecuteReaderAsync(keys, query.Parameters))
        {
            while (reader.Read())
            {
                if (++total % Stride == 0) every.Add(new ListPosition(reader.GetString(0), Guid.Parse(reader.GetString(1))));
            }
        }
        var marks = new Marks(version, total, every, Stride);
        // Markers read while a change committed belong to no version: they serve this request's check, but are not kept.
        if (ListVersion.Read(connection) != version) return marks with { Version = "" };
        if (lists.Count >= MostLists) lists.Clear();
        lists[identity] = marks;
        return marks;
    }

    /// <summary>True when nothing changed the lists since the markers were taken, so a page read with them is exact.</summary>
    internal static bool Hold(DbConnection connection, Marks marks) => ListVersion.Read(connection) == marks.Version;

    // The list's SQL and the values of the parameters that choose its articles (not those that choose the page).
    private static string Identity(string sql, DynamicParameters parameters)
    {
        var identity = new StringBuilder(sql);
        foreach (var name in parameters.ParameterNames.Where(name => name is not ("take" or "skip" or "sortValue" or "afterId")).Order(StringComparer.Ordinal))
        {
            var value = parameters.Get<object?>(name);
            identity.Append('\n').Append(name).Append('=')
                .Append(value is IEnumerable<string> values ? string.Join('\u001f', values) : Convert.ToString(value, CultureInfo.InvariantCulture));
        }
        return identity.ToString();
    }

    /// <summary>A list's total and markers, at one version of the content.</summary>
    /// <param name="Version">The counters when they were taken; empty when a change committed meanwhile.</param>
    /// <param name="Total">Articles in the list.</param>
    /// <param name="Every">The position of the article at index <c>(i + 1) * stride - 1</c>, for each i.</param>
    /// <param name="Stride">Articles between two markers.</param>
    internal sealed record Marks(string Version, int Total, IReadOnlyList<ListPosition> Every, int Stride)
    {
        /// <summary>Where a page that skips <paramref name="skip"/> articles starts: after a marker (or from the top), skipping fewer.</summary>
        public (ListPosition? After, int Skip) Start(int skip)
        {
            var passed = Math.Min(skip / Stride, Every.Count);
            return passed == 0 ? (null, skip) : (Every[passed - 1], skip - passed * Stride);
        }
    }
}
