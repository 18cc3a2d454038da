using Cms.Domain.Common;

namespace Cms.Api.Tests.Domain.Rules;

public sealed class SlugTests
{
    [TestCase("Retournement de situation pour Sam Altman : OpenAI en discussion pour son retour",
        "retournement-de-situation-pour-sam-altman-openai-en-discussion-pour-son-retour")]
    [TestCase("Cyclomoteur Mopedix et Velorex - Aktuálně.cz", "cyclomoteur-mopedix-et-velorex-aktualne-cz")]
    [TestCase("L’été à Zürich : œuvres & straße", "l-ete-a-zurich-oeuvres-strasse")]
    [TestCase("  --Déjà vu!!  ", "deja-vu")]
    public void Titles_become_lowercase_ascii_words_joined_by_hyphens(string title, string expected) =>
        Assert.That(Slug.From(title, "article"), Is.EqualTo(expected));

    [Test]
    public void A_title_with_no_latin_letters_falls_back_to_the_resource_name() =>
        Assert.That(Slug.From("🙂 ✨", "article"), Is.EqualTo("article"));

    [Test]
    public void A_generated_slug_never_looks_like_a_uuid()
    {
        var slug = Slug.From("0190a5b2-1c3d-7e4f-8a9b-0c1d2e3f4a5b", "article");
        Assert.That(Guid.TryParse(slug, out _), Is.False);
        Assert.That(Slug.Problem(slug), Is.Null);
    }

    [Test]
    public void Long_titles_are_cut_at_a_word_boundary_within_the_limit()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("information", 30)), "article");
        Assert.That(slug.Length, Is.LessThanOrEqualTo(Slug.MaxLength));
        Assert.That(slug, Does.EndWith("information"));
    }

    [Test]
    public void Numbered_slugs_stay_within_the_limit()
    {
        var slug = Slug.Numbered(new string('a', Slug.MaxLength), 12);
        Assert.That(slug, Does.EndWith("-12").And.Length.LessThanOrEqualTo(Slug.MaxLength));
    }

    [TestCase("Upper-Case")]
    [TestCase("double--hyphen")]
    [TestCase("-leading")]
    [TestCase("accentué")]
    [TestCase("0190a5b2-1c3d-7e4f-8a9b-0c1d2e3f4a5b")]
    [TestCase("0190a5b21c3d7e4f8a9b0c1d2e3f4a5b")]
    public void Given_slugs_that_break_the_rules_are_refused(string slug) => Assert.That(Slug.Problem(slug), Is.Not.Null);

    [Test]
    public void A_well_formed_slug_is_accepted() => Assert.That(Slug.Problem("sam-altman-2023"), Is.Null);
}
