using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Api.Tests.Domain.Rules;

public sealed class ArticleRightsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Alice = Guid.CreateVersion7(Monday);
    private static readonly Guid Chloe = Guid.CreateVersion7(Monday.AddSeconds(1));

    private static Caller Key(Role role, Guid? author = null) => new(Guid.CreateVersion7(Monday), role.Name(), role, author);

    private static Article Signed(Guid author, bool published)
    {
        var article = Article.Draft("slug", new ArticleContent("T", null, "", "B", "fr", [author], [], null, null, ShareMetadata.None), Monday);
        if (published) article.Publish(null, Monday);
        return article;
    }

    [TestCase(ArticleAction.Read, false, null)]
    [TestCase(ArticleAction.Edit, false, null)]
    [TestCase(ArticleAction.Edit, true, "contributor-draft-only")]
    [TestCase(ArticleAction.ChangeStatus, false, "role-too-low")]
    [TestCase(ArticleAction.Delete, false, "role-too-low")]
    public void Contributor_on_its_own_article(ArticleAction action, bool published, string? refusal) =>
        Assert.That(ArticleRights.Check(Key(Role.Contributor, Alice), Signed(Alice, published), action, "k")?.Code, Is.EqualTo(refusal));

    [TestCase(Role.Contributor, false, "article-not-found")]
    [TestCase(Role.Author, false, "article-not-found")]
    [TestCase(Role.Contributor, true, "not-your-article")]
    [TestCase(Role.Author, true, "not-your-article")]
    [TestCase(Role.Editor, false, null)]
    [TestCase(Role.Admin, true, null)]
    public void Editing_another_authors_article_is_hidden_forbidden_or_allowed_by_role(Role role, bool published, string? refusal) =>
        Assert.That(ArticleRights.Check(Key(role, role.ActsAsAuthor() ? Alice : null), Signed(Chloe, published), ArticleAction.Edit, "k")?.Code,
            Is.EqualTo(refusal));

    [Test]
    public void Author_does_everything_to_its_own_article()
    {
        foreach (var action in Enum.GetValues<ArticleAction>())
            Assert.That(ArticleRights.Check(Key(Role.Author, Alice), Signed(Alice, true), action, "k"), Is.Null, action.ToString());
    }

    [Test]
    public void Key_tied_to_an_author_always_signs_first_unless_already_named_and_other_keys_change_nothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ArticleRights.BylineOf(Key(Role.Contributor, Alice), []), Is.EqualTo(new[] { Alice }));
            Assert.That(ArticleRights.BylineOf(Key(Role.Author, Alice), [Chloe]), Is.EqualTo(new[] { Alice, Chloe }));
            Assert.That(ArticleRights.BylineOf(Key(Role.Author, Alice), [Chloe, Alice]), Is.EqualTo(new[] { Chloe, Alice }));
            Assert.That(ArticleRights.BylineOf(Key(Role.Editor), [Chloe]), Is.EqualTo(new[] { Chloe }));
        });
    }
}
