using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Domain.Translations;

/// <summary>Links articles as translations of each other: one group, one article per language.</summary>
public sealed class TranslationDesk(IArticleStore articles, IArticleCatalog catalog, ITranslationStore store)
{
    /// <summary>The most translations an article may list.</summary>
    public const int MaxTranslations = 30;

    /// <summary>Makes the article's translations exactly these, or says which one breaks a rule.</summary>
    public async Task<Outcome<IReadOnlyList<ArticleView>>> ReplaceAsync(string key, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var article = await catalog.FindAsync(key, Audience.Newsroom, BodyFormats.None, cancellationToken);
        if (article is null) return Failure.NotFound("article", key);
        var resolved = await KeyResolution.ResolveAsync("articles", "article", keys, articles.FindIdsAsync, cancellationToken, article.Id);
        if (resolved.Failure is { } unknown) return unknown;
        var ids = resolved.Value!;
        var translations = await catalog.FindManyAsync(ids, Audience.Newsroom, BodyFormats.None, cancellationToken);
        var languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { article.Language };
        for (var i = 0; i < translations.Count; i++)
        {
            if (!languages.Add(translations[i].Language))
                return Failure.InvalidField($"articles[{i}]", $"is in '{translations[i].Language}', a language the group already has; one article per language");
        }
        var groups = await store.GroupsOfAsync([article.Id, .. ids], cancellationToken);
        var own = groups.TryGetValue(article.Id, out var group) ? group : (Guid?)null;
        for (var i = 0; i < ids.Count; i++)
        {
            if (groups.TryGetValue(ids[i], out var other) && other != own)
                return new Failure(FailureKind.Conflict, "translation-grouped",
                    $"'{keys[i]}' is already a translation of other articles; take it out of that group first.");
        }
        await store.SaveGroupAsync(article.Id, ids, cancellationToken);
        return translations.ToList();
    }

    /// <summary>The article's translations the audience may see, or null when the article itself is not visible.</summary>
    public async Task<IReadOnlyList<ArticleView>?> ListAsync(string key, Audience audience, CancellationToken cancellationToken)
    {
        var article = await catalog.FindAsync(key, audience, BodyFormats.None, cancellationToken);
        if (article is null) return null;
        var translations = await store.TranslationsOfAsync([article.Id], cancellationToken);
        return await catalog.FindManyAsync(translations.GetValueOrDefault(article.Id, []), audience, BodyFormats.None, cancellationToken);
    }
}
