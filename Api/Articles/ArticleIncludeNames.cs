using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Api.Articles;

/// <summary>Reads <c>include=</c>: a comma-separated list from authors, tags, readAlso, share.</summary>
public static class ArticleIncludeNames
{
    private static readonly Dictionary<string, ArticleIncludes> Names = new(StringComparer.Ordinal)
    {
        ["authors"] = ArticleIncludes.Authors,
        ["tags"] = ArticleIncludes.Tags,
        ["readAlso"] = ArticleIncludes.ReadAlso,
        ["share"] = ArticleIncludes.Share,
    };

    /// <summary>What to embed, or the 400 naming the parameter.</summary>
    public static Outcome<ArticleIncludes> Read(string? include)
    {
        var chosen = ArticleIncludes.None;
        foreach (var name in (include ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Names.TryGetValue(name, out var one))
                return Failure.InvalidField("include", $"has '{name}', which is not one of {string.Join(", ", Names.Keys)}");
            chosen |= one;
        }
        return chosen;
    }
}
