using Cms.Domain.Articles;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Tags;

namespace Cms.Domain.Exchange;

/// <summary>
/// The records an import has written and not yet committed: one batch's in a real run, over the batch before it while
/// that one is still being committed; every batch's in a dry run, where nothing reaches the store and later lines must
/// still find earlier ones. A dry run keeps articles by their keys and fingerprint only, so its memory does not grow with
/// the bodies.
/// </summary>
internal sealed class ImportLedger(ImportLedger? earlier = null)
{
    public KnownRecords<Listed<AuthorProfile>> Authors { get; } = new(earlier?.Authors);

    public KnownRecords<Listed<TagDetails>> Tags { get; } = new(earlier?.Tags);

    public KnownRecords<Article> Articles { get; } = new(earlier?.Articles);

    /// <summary>Stops seeing the earlier batch's records, once they are committed and the store holds them.</summary>
    public void ForgetEarlier()
    {
        Authors.Earlier = null;
        Tags.Earlier = null;
        Articles.Earlier = null;
    }

    /// <summary>Keeps only the keys and fingerprints of articles.</summary>
    public void Lighten()
    {
        foreach (var article in Articles.All.Where(known => known.Current is not null).ToList())
            Articles.Add(article with { Current = null });
    }
}
