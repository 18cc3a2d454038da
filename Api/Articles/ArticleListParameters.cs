using System.Globalization;
using Cms.Api.Hosting;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Search;
using Cms.Domain.Common;

namespace Cms.Api.Articles;

/// <summary>Reads the filters and sort of <c>GET /api/v1/articles</c>, naming every parameter that is wrong.</summary>
public sealed class ArticleListParameters
{
    /// <summary>The sort names clients write, and what each means.</summary>
    public static readonly IReadOnlyDictionary<string, ArticleSort> Sorts = new Dictionary<string, ArticleSort>(StringComparer.Ordinal)
    {
        ["-publishedAt"] = ArticleSort.NewestPublished,
        ["publishedAt"] = ArticleSort.OldestPublished,
        ["-updatedAt"] = ArticleSort.RecentlyUpdated,
        ["updatedAt"] = ArticleSort.LeastRecentlyUpdated,
        ["title"] = ArticleSort.TitleAscending,
        ["-title"] = ArticleSort.TitleDescending,
        ["relevance"] = ArticleSort.Relevance,
    };

    private const int MaxKeys = 20;

    // ISO 8601 only: a lenient parse would read '01/02/2024' the American way and '10:00' as today.
    private static readonly string[] IsoInstants =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    /// <summary>The filter, or the 400 listing each parameter that is wrong and why.</summary>
    public static Outcome<ArticleFilter> Read(Audience audience, string[]? tag, string? tagMode, string[]? author, string? language,
        string? publishedAfter, string? publishedBefore, string? updatedSince, string[]? status, string? q, string? sort)
    {
        var reader = new ArticleListParameters();
        var tags = reader.Keys("tag", tag);
        var mode = tagMode switch
        {
            null or "any" => TagMode.Any,
            "all" => TagMode.All,
            _ => reader.Refuse("tagMode", "must be 'any' or 'all'", TagMode.Any),
        };
        var authors = reader.Keys("author", author);
        var normalizedLanguage = language is null ? null
            : LanguageTag.Normalize(language) ?? reader.Refuse<string?>("language", "must be a BCP 47 language tag such as 'fr' or 'en-GB'", null);
        var after = reader.Instant("publishedAfter", publishedAfter);
        var before = reader.Instant("publishedBefore", publishedBefore);
        if (after >= before) reader.Refuse("publishedBefore", "must be later than 'publishedAfter'", 0);
        var since = reader.Instant("updatedSince", updatedSince);
        var statuses = reader.Statuses(audience, status);
        var search = q is null ? null : reader.Search(q);
        var order = reader.Sort(sort, q is not null);
        return reader.errors.Count > 0
            ? new Failure(FailureKind.Invalid, "validation-failed", "Some query parameters are not valid; see errors.", reader.errors)
            : new ArticleFilter(tags, mode, authors, normalizedLanguage, after, before, since, statuses, search, order);
    }

    private List<string> Keys(string name, string[]? values)
    {
        var keys = (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > MaxKeys) return Refuse(name, $"may name at most {MaxKeys} values", new List<string>());
        foreach (var key in keys.Where(key => !Guid.TryParse(key, out _) && Slug.Problem(key) is not null))
        {
            Refuse(name, $"has '{key}', which is neither an id nor a slug", 0);
        }
        return keys;
    }

    private DateTimeOffset? Instant(string name, string? value)
    {
        if (value is null) return null;
        return DateTimeOffset.TryParseExact(value, IsoInstants, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : Refuse<DateTimeOffset?>(name, StrictJson.PastTheCalendar(value) ? StrictJson.PastTheCalendarMessage : Problems.IsoTime, null);
    }

    private HashSet<ArticleStatus>? Statuses(Audience audience, string[]? values)
    {
        if (values is null || values.Length == 0) return null;
        var statuses = new HashSet<ArticleStatus>();
        foreach (var name in values.SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries)))
        {
            if (ArticleStatusNames.Parse(name) is { } parsed) statuses.Add(parsed);
            else Refuse("status", $"has '{name}', which is not one of draft, scheduled, published, archived", 0);
        }
        if (audience == Audience.Public && statuses.Any(s => s != ArticleStatus.Published))
            Refuse("status", "can name unpublished statuses only with a key that may see them", 0);
        return statuses;
    }

    private ArticleSort Sort(string? sort, bool searching)
    {
        if (sort is null) return searching ? ArticleSort.Relevance : ArticleSort.NewestPublished;
        if (!Sorts.TryGetValue(sort, out var order)) return Refuse("sort", $"must be one of {string.Join(", ", Sorts.Keys)}", ArticleSort.NewestPublished);
        return order == ArticleSort.Relevance && !searching ? Refuse("sort", "can be 'relevance' only with 'q'", order) : order;
    }

    private SearchQuery? Search(string q)
    {
        var parsed = SearchQuery.Parse(q);
        foreach (var (field, messages) in parsed.Failure?.Errors ?? new Dictionary<string, string[]>()) errors[field] = messages;
        return parsed.Value;
    }

    private T Refuse<T>(string name, string message, T fallback)
    {
        errors[name] = [.. errors.GetValueOrDefault(name) ?? [], message];
        return fallback;
    }
}
