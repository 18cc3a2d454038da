using Cms.Domain.Articles.Body;

namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class ExcerptTests
{
    [Test]
    public void Short_text_is_kept_whole_with_line_breaks_collapsed()
    {
        var excerpt = Excerpt.FromText("Titre\n\nPremier  paragraphe\nsuite.\n\n- a");

        Assert.That(excerpt, Is.EqualTo("Titre Premier paragraphe suite. - a"));
    }

    [Test]
    public void Long_text_is_cut_at_a_word_boundary_with_an_ellipsis_inside_the_limit()
    {
        var excerpt = Excerpt.FromText("Le conseil municipal a voté mardi soir une délibération", 30);

        Assert.That(excerpt, Is.EqualTo("Le conseil municipal a voté…"));
        Assert.That(excerpt, Has.Length.LessThanOrEqualTo(30));
    }

    [Test]
    public void Word_ending_exactly_at_the_limit_is_kept()
    {
        var excerpt = Excerpt.FromText("un deux trois quatre", 14);

        Assert.That(excerpt, Is.EqualTo("un deux trois…"));
    }

    [Test]
    public void Trailing_punctuation_does_not_double_the_ellipsis()
    {
        var excerpt = Excerpt.FromText("“Sam et moi sommes choqués et triste de ce qu’a fait le conseil… Nous aussi”", 66);

        Assert.That(excerpt, Is.EqualTo("“Sam et moi sommes choqués et triste de ce qu’a fait le conseil…"));
    }

    [Test]
    public void Teaser_markers_are_skipped()
    {
        var text = $"Avant.\n\n{SampleStories.Marker(SampleStories.Published)}\n\nAprès.";

        Assert.That(Excerpt.FromText(text), Is.EqualTo("Avant. Après."));
    }

    [Test]
    public void No_break_spaces_and_typography_are_kept()
    {
        const string text = "Aktuálně\u00A0: «\u202Foui\u202F» à 50\u00A0% 😀";

        Assert.That(Excerpt.FromText(text), Is.EqualTo(text));
    }

    [Test]
    public void Single_long_word_is_cut_inside_it()
    {
        Assert.That(Excerpt.FromText("Anticonstitutionnellement", 10), Is.EqualTo("Anticonst…"));
    }

    [Test]
    public void Cut_never_splits_an_emoji()
    {
        var excerpt = Excerpt.FromText("abcdefgh😀😀😀", 10);

        Assert.That(excerpt, Is.EqualTo("abcdefgh…"));
    }
}
