using Cms.Domain.Articles;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Tags;

namespace Cms.Domain.Exchange;

/// <summary>
/// The records an import has written and not yet committed: one batch's in a real run; every batch's in a dry run, where
/// nothing reaches the store and later lines must still find earlier ones. A dry run keeps articles by their keys and
/// fingerprint only, so its memory does not grow with the bodies.
/// </summary>
internal sealed class ImportLedger
{
    public KnownRecords<Listed<AuthorProfile>> Authors { get; } = new();

    public KnownRecords<Listed<TagDetails>> Tags { get; } = new();

    public KnownRecords<Article> Articles { get; } = new();

    /// <summary>Forgets everything, once the batch is committed or abandoned.</summary>
    public void Clear()
    {
        Authors.Clear();
        Tags.Clear();
        Articles.Clear();
    }

    /// <summary>Keeps only the keys and fingerprints of articles.</summary>
    public void Lighten()
    {
        foreach (var article in Articles.All.Where(known => known.Current is not null).ToList())
            Articles.Add(article with { Current = null });
    }
}
