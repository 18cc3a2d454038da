using Cms.Domain.Articles;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Tags;
using Cms.Domain.Translations;

namespace Cms.Domain.Exchange;

/// <summary>Answers what an imported article names from the batch's records and those written before it in the import.</summary>
internal sealed class ImportReferences(
    KnownLayers<Listed<AuthorProfile>> authors, KnownLayers<Listed<TagDetails>> tags, KnownLayers<Article> articles, ITranslationStore translations)
    : IArticleReferences
{
    public Task<IReadOnlyDictionary<string, Guid>> AuthorIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Task.FromResult(authors.Resolve(keys));

    public Task<IReadOnlyDictionary<string, Guid>> TagIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Task.FromResult(tags.Resolve(keys));

    public Task<IReadOnlyDictionary<string, Guid>> ArticleIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Task.FromResult(articles.Resolve(keys));

    public Task<bool> ArticleSlugTakenAsync(string slug, Guid? except, CancellationToken cancellationToken) =>
        articles.TakenAsync(slug, except, cancellationToken);

    public Task<string?> LanguageHolderAsync(Guid articleId, string language, CancellationToken cancellationToken) =>
        translations.LanguageHolderAsync(articleId, language, cancellationToken);
}
