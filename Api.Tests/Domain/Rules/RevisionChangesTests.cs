using Cms.Domain.Articles;

namespace Cms.Api.Tests.Domain.Rules;

public sealed class RevisionChangesTests
{
    private static readonly ArticleContent Content = new("Titre", null, "Extrait", "Texte.", "fr", [Guid.Empty], [], null, null,
        ShareMetadata.None with { Hashtags = ["Sam"] });

    private static ArticleState State(ArticleContent content, ArticleStatus status = ArticleStatus.Draft, DateTimeOffset? publishedAt = null) =>
        new("titre", content, status, publishedAt);

    [Test]
    public void Creation_names_the_fields_that_have_a_value() =>
        Assert.That(ArticleState.Changes(null, State(Content)),
            Is.EqualTo(new[] { "slug", "title", "excerpt", "body", "language", "authors", "share", "status" }));

    [Test]
    public void Equal_lists_in_new_instances_are_no_change_and_a_changed_hashtag_is_a_share_change()
    {
        var same = Content with { AuthorIds = [Guid.Empty], Share = Content.Share with { Hashtags = ["Sam"] } };
        var hashtag = Content with { Share = Content.Share with { Hashtags = ["Altman"] } };
        Assert.Multiple(() =>
        {
            Assert.That(ArticleState.Changes(State(Content), State(same)), Is.Empty);
            Assert.That(ArticleState.Changes(State(Content), State(hashtag)), Is.EqualTo(new[] { "share" }));
        });
    }

    [Test]
    public void Publication_changes_status_and_date()
    {
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        Assert.That(ArticleState.Changes(State(Content), State(Content, ArticleStatus.Published, at)), Is.EqualTo(new[] { "status", "publishedAt" }));
    }
}
