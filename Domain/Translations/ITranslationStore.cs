using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Domain.Translations;

/// <summary>Where groups of articles that translate each other are kept.</summary>
public interface ITranslationStore
{
    /// <summary>For each of these articles that has translations, the other articles in its group, whatever their status.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> TranslationsOfAsync(IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken);

    /// <summary>The group of each of these articles that has one.</summary>
    Task<IReadOnlyDictionary<Guid, Guid>> GroupsOfAsync(IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken);

    /// <summary>The article's translations, whatever their status, with the version of the list; none when there is no such article.</summary>
    Task<LinkedArticles<Guid>?> TranslationListAsync(Guid articleId, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the article's group exactly the article and <paramref name="translations"/>, former members not listed leaving it,
    /// if the article's list is still at <paramref name="loadedVersion"/>; a stale refusal otherwise. The list of every article
    /// that was or becomes a member moves on.
    /// </summary>
    Task<Failure?> SaveGroupAsync(Guid articleId, IReadOnlyList<Guid> translations, int loadedVersion, CancellationToken cancellationToken);

    /// <summary>The slug of another article in the article's group written in <paramref name="language"/>, if any.</summary>
    Task<string?> LanguageHolderAsync(Guid articleId, string language, CancellationToken cancellationToken);
}
