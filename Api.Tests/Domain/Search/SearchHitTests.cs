using Cms.Domain.Articles.Search;

namespace Cms.Api.Tests.Domain.Search;

/// <summary>A search snippet becomes safe HTML: the article's text escaped, matched words in mark.</summary>
public sealed class SearchHitTests
{
    private const char S = SearchHit.MatchStart;
    private const char E = SearchHit.MatchEnd;

    [Test]
    public void Matched_words_are_wrapped_in_mark() =>
        Assert.That(new SearchHit($"Plan de {S}licenciement{E} chez {S}Renault{E}", 1).Highlighted,
            Is.EqualTo("Plan de <mark>licenciement</mark> chez <mark>Renault</mark>"));

    [Test]
    public void Text_is_escaped_so_markup_in_an_article_is_shown_not_run() =>
        Assert.That(new SearchHit($"Un {S}pirate{E} a glissé <script>alert(\"x\")</script> & l’a signé", 1).Highlighted,
            Is.EqualTo("Un <mark>pirate</mark> a glissé &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l’a signé"));

    [Test]
    public void Text_inside_a_match_is_escaped_too() =>
        Assert.That(new SearchHit($"{S}<b>{E} & {S}a&b{E}", 1).Highlighted, Is.EqualTo("<mark>&lt;b&gt;</mark> &amp; <mark>a&amp;b</mark>"));

    [Test]
    public void A_snippet_without_matches_is_only_escaped() =>
        Assert.That(new SearchHit("Les “guillemets” … & <rien>", 1).Highlighted, Is.EqualTo("Les “guillemets” … &amp; &lt;rien&gt;"));

    [Test]
    public void A_match_cut_off_by_the_end_of_the_snippet_is_closed() =>
        Assert.That(new SearchHit($"Fin de {S}l’extrait", 1).Highlighted, Is.EqualTo("Fin de <mark>l’extrait</mark>"));

    [Test]
    public void A_stray_end_marker_is_dropped() =>
        Assert.That(new SearchHit($"avant{E} après", 1).Highlighted, Is.EqualTo("avant après"));

    [Test]
    public void Adjacent_matches_each_get_their_own_mark() =>
        Assert.That(new SearchHit($"{S}plan{E}{S}social{E}", 1).Highlighted, Is.EqualTo("<mark>plan</mark><mark>social</mark>"));

    [Test]
    public void An_empty_snippet_is_empty() => Assert.That(new SearchHit("", 0).Highlighted, Is.Empty);
}
