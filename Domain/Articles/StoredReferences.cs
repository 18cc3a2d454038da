using Cms.Domain.Authors;
using Cms.Domain.Tags;
using Cms.Domain.Translations;

namespace Cms.Domain.Articles;

/// <summary>Answers what a draft names straight from the stores.</summary>
public sealed class StoredReferences(IArticleStore articles, IAuthorStore authors, ITagStore tags, ITranslationStore translations) : IArticleReferences
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Guid>> AuthorIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        authors.FindIdsAsync(keys, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Guid>> TagIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        tags.FindIdsAsync(keys, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Guid>> ArticleIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        articles.FindIdsAsync(keys, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ArticleSlugTakenAsync(string slug, Guid? except, CancellationToken cancellationToken) =>
        articles.SlugTakenAsync(slug, except, cancellationToken);

    /// <inheritdoc />
    public Task<string?> LanguageHolderAsync(Guid articleId, string language, CancellationToken cancellationToken) =>
        translations.LanguageHolderAsync(articleId, language, cancellationToken);
}
