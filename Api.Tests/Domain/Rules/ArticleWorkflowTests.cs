using Cms.Domain.Articles;

namespace Cms.Api.Tests.Domain.Rules;

public sealed class ArticleWorkflowTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Article Draft(string body = "Texte.") => Article.Draft("slug",
        new ArticleContent("Titre", null, "", body, "fr", [], [], null, null, ShareMetadata.None), Monday);

    [Test]
    public void Publishing_now_sets_both_publication_dates_and_bumps_the_version()
    {
        var article = Draft();
        Assert.That(article.Publish(null, Monday.AddHours(1)), Is.Null);
        Assert.Multiple(() =>
        {
            Assert.That(article.Status, Is.EqualTo(ArticleStatus.Published));
            Assert.That(article.PublishedAt, Is.EqualTo(Monday.AddHours(1)));
            Assert.That(article.FirstPublishedAt, Is.EqualTo(Monday.AddHours(1)));
            Assert.That(article.Version, Is.EqualTo(2));
        });
    }

    [Test]
    public void Publishing_at_a_future_time_schedules_without_a_first_publication()
    {
        var article = Draft();
        article.Publish(Monday.AddDays(2), Monday);
        Assert.That(article.Status, Is.EqualTo(ArticleStatus.Scheduled));
        Assert.That(article.FirstPublishedAt, Is.Null);
    }

    [Test]
    public void Unpublishing_clears_the_publication_date_but_keeps_the_first_one()
    {
        var article = Draft();
        article.Publish(null, Monday);
        article.Unpublish(Monday.AddDays(1));
        article.Publish(null, Monday.AddDays(2));
        Assert.That(article.FirstPublishedAt, Is.EqualTo(Monday));
        Assert.That(article.PublishedAt, Is.EqualTo(Monday.AddDays(2)));
    }

    [Test]
    public void Editing_a_published_article_does_not_move_its_publication_date()
    {
        var article = Draft();
        article.Publish(null, Monday);
        article.Revise("slug", article.Content with { Title = "Nouveau titre" }, Monday.AddDays(1));
        Assert.That(article.PublishedAt, Is.EqualTo(Monday));
        Assert.That(article.UpdatedAt, Is.EqualTo(Monday.AddDays(1)));
    }

    [Test]
    public void An_article_with_an_empty_body_cannot_be_published()
    {
        var article = Draft(body: "   ");
        var refusal = article.Publish(null, Monday);
        Assert.That(refusal?.Code, Is.EqualTo("article-empty"));
        Assert.That(article.Status, Is.EqualTo(ArticleStatus.Draft));
    }

    [Test]
    public void A_scheduled_article_is_published_once_when_due_with_its_scheduled_time_as_first_publication()
    {
        var article = Draft();
        article.Publish(Monday.AddHours(2), Monday);
        Assert.Multiple(() =>
        {
            Assert.That(article.PublishIfDue(Monday.AddHours(1)), Is.False);
            Assert.That(article.PublishIfDue(Monday.AddHours(3)), Is.True);
            Assert.That(article.PublishIfDue(Monday.AddHours(4)), Is.False);
            Assert.That(article.Status, Is.EqualTo(ArticleStatus.Published));
            Assert.That(article.PublishedAt, Is.EqualTo(Monday.AddHours(2)));
            Assert.That(article.FirstPublishedAt, Is.EqualTo(Monday.AddHours(2)));
            Assert.That(article.UpdatedAt, Is.EqualTo(Monday.AddHours(3)));
        });
    }

    [Test]
    public void Archiving_keeps_the_publication_date_and_unarchiving_makes_the_article_public_again()
    {
        var article = Draft();
        article.Publish(null, Monday);
        Assert.That(article.Archive(Monday.AddDays(1)), Is.Null);
        Assert.That(article.Archive(Monday.AddDays(1))?.Code, Is.EqualTo("article-archived"));
        Assert.That(article.Publish(null, Monday.AddDays(1))?.Code, Is.EqualTo("article-archived"));
        Assert.That(article.Unarchive(Monday.AddDays(2)), Is.Null);
        Assert.Multiple(() =>
        {
            Assert.That(article.Status, Is.EqualTo(ArticleStatus.Published));
            Assert.That(article.PublishedAt, Is.EqualTo(Monday));
            Assert.That(article.Unarchive(Monday.AddDays(3))?.Code, Is.EqualTo("article-not-archived"));
        });
    }

    [Test]
    public void Archiving_a_scheduled_article_cancels_the_schedule_so_it_comes_back_as_a_draft()
    {
        var article = Draft();
        article.Publish(Monday.AddDays(2), Monday);
        article.Archive(Monday.AddHours(1));
        article.Unarchive(Monday.AddHours(2));
        Assert.That(article.Status, Is.EqualTo(ArticleStatus.Draft));
        Assert.That(article.PublishedAt, Is.Null);
    }
}
