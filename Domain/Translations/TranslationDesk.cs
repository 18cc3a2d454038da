using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Domain.Translations;

/// <summary>Links articles as translations of each other: one group, one article per language.</summary>
public sealed class TranslationDesk(IArticleStore articles, IArticleCatalog catalog, ITranslationStore store)
{
    /// <summary>The most translations an article may list.</summary>
    public const int MaxTranslations = 30;

    private readonly LinkedArticlesDesk linked = new(articles, catalog, ArticleLists.Translations, store.TranslationListAsync);

    /// <summary>
    /// Makes the article's translations exactly these, guarded by the version of its list the caller last saw when it gives
    /// one, or says which one breaks a rule.
    /// </summary>
    public Task<Outcome<LinkedArticles<ArticleView>>> ReplaceAsync(string key, IReadOnlyList<string> keys, Precondition precondition,
        CancellationToken cancellationToken) =>
        linked.ReplaceAsync(key, keys, precondition, async (article, ids, listed, loadedVersion) =>
            await RefusalAsync(article, keys, ids, listed, cancellationToken)
            ?? await store.SaveGroupAsync(article.Id, ids, loadedVersion, cancellationToken), cancellationToken);

    /// <summary>The article's translations the audience may see, at the list's version, or null when the article itself is not visible.</summary>
    public Task<LinkedArticles<ArticleView>?> ListAsync(string key, Audience audience, CancellationToken cancellationToken) =>
        linked.ListAsync(key, audience, cancellationToken);

    /// <summary>The 409 for an article already in another group.</summary>
    public static Failure Grouped(string key) => new(FailureKind.Conflict, "translation-grouped",
        $"'{key}' is already a translation of other articles; take it out of that group first.");

    /// <summary>The 400 for the translation at <paramref name="index"/>, in a language an article before it in the group has.</summary>
    public static Failure LanguageTaken(int index, string language) =>
        Failure.InvalidField($"articles[{index}]", $"is in '{language}', a language the group already has; one article per language");

    // One article per language, and none taken from another group.
    private async Task<Failure?> RefusalAsync(ArticleView article, IReadOnlyList<string> keys, IReadOnlyList<Guid> ids,
        IReadOnlyList<ArticleView> translations, CancellationToken cancellationToken)
    {
        var languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { article.Language };
        for (var i = 0; i < translations.Count; i++)
        {
            if (!languages.Add(translations[i].Language))
                return LanguageTaken(i, translations[i].Language);
        }
        var groups = await store.GroupsOfAsync([article.Id, .. ids], cancellationToken);
        var own = groups.TryGetValue(article.Id, out var group) ? group : (Guid?)null;
        for (var i = 0; i < ids.Count; i++)
        {
            if (groups.TryGetValue(ids[i], out var other) && other != own)
                return Grouped(keys[i]);
        }
        return null;
    }
}
