using System.Net;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>What <c>q</c> finds, how it reads the reader's syntax, what each hit shows, and what it never does.</summary>
public sealed class SearchTests : DeliveryNewsroom
{
    [TestCase("renault", new[] { Renault }, TestName = "Search finds a word of the title")]
    [TestCase("secheresse", new[] { Summer }, TestName = "Search finds a word of the standfirst")]
    [TestCase("header", new[] { Derby }, TestName = "Search finds a word of the excerpt")]
    [TestCase("rivieres", new[] { Summer }, TestName = "Search finds a word of the body")]
    [TestCase("climat", new[] { Summer, Budget }, TestName = "Search finds the name of a tag")]
    [TestCase("novakova", new[] { Prague, Circular }, TestName = "Search finds the name of an author")]
    [TestCase("\"Marta Nováková\"", new[] { Prague, Circular }, TestName = "Search finds an author's full name as a phrase")]
    [TestCase("relire", new string[0], TestName = "Search never finds the name of an internal tag")]
    [TestCase("alert", new[] { Security }, TestName = "Search finds text the body shows literally")]
    public async Task Search_finds(string q, string[] expected)
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await SearchAsync(Anonymous, q), Is.EquivalentTo(expected));
            Assert.That(await SearchAsync(Admin, q), Is.EquivalentTo(expected), "the same with a key: none of these is in a draft");
        });
    }

    [TestCase("ete", new[] { Summer })]
    [TestCase("ETE", new[] { Summer })]
    [TestCase("Été", new[] { Summer })]
    [TestCase("aktualne", new[] { Prague })]
    [TestCase("AKTUÁLNĚ", new[] { Prague })]
    [TestCase("securite informatique", new[] { Security })]
    [TestCase("economie circulaire", new[] { Circular })]
    [TestCase("l’a", new[] { Security })]
    public async Task Search_ignores_case_and_accents(string q, string[] expected) =>
        Assert.That(await SearchAsync(Anonymous, q), Is.EquivalentTo(expected));

    [TestCase("licenci*", new[] { Renault })]
    [TestCase("licenci", new[] { Renault })]
    [TestCase("plan licenci", new[] { Renault })]
    [TestCase("constr*", new[] { Renault })]
    [TestCase("licenci renault", new string[0])]
    [TestCase("\"plan de licenci\"", new string[0])]
    [TestCase("\"plan de licenci\"*", new[] { Renault })]
    public async Task Search_reads_a_star_and_the_last_word_typed_as_a_prefix(string q, string[] expected) =>
        Assert.That(await SearchAsync(Anonymous, q), Is.EquivalentTo(expected));

    [TestCase("bud", new[] { Budget })]
    [TestCase("b\u0301\u0301", new string[0])]
    public async Task A_last_word_of_one_letter_and_accents_is_searched_as_a_word_not_as_a_prefix(string q, string[] expected) =>
        Assert.That(await SearchAsync(Anonymous, q), Is.EquivalentTo(expected));

    [TestCase("b\u0301\u0301*")]
    [TestCase("derby -t\u0301\u0301*")]
    [TestCase("\"budget t\u0301\u0301\"*")]
    public async Task A_prefix_of_one_letter_and_accents_is_refused_naming_q(string q)
    {
        using var response = await Anonymous.GetAsync($"{Articles}?q={Uri.EscapeDataString(q)}");
        await response.IsProblemAsync(HttpStatusCode.BadRequest, "q");
    }

    [TestCase("derby the", new[] { Derby, Budget })]
    [TestCase("\"the derby\"", new[] { Derby, Budget })]
    [TestCase("\"wins the derby\"", new[] { Derby })]
    [TestCase("\"derby the\"", new string[0])]
    [TestCase("\"plan de licenciement\"", new[] { Renault })]
    [TestCase("\"licenciement de plan\"", new string[0])]
    [TestCase("\"PLAN DE LICENCIEMENT\" renault", new[] { Renault })]
    public async Task Quoted_words_match_only_as_that_exact_sequence(string q, string[] expected) =>
        Assert.That(await SearchAsync(Anonymous, q), Is.EquivalentTo(expected));

    [TestCase("derby -budget", new[] { Derby })]
    [TestCase("dubois -climat", new[] { Renault, Security })]
    [TestCase("dubois -climat -\"plan de licenciement\"", new[] { Security })]
    [TestCase("dubois -nothingmatchesthis", new[] { Renault, Summer, Budget, Security })]
    public async Task A_minus_excludes_a_word_or_phrase(string q, string[] expected) =>
        Assert.That(await SearchAsync(Anonymous, q), Is.EquivalentTo(expected));

    [TestCase("aktualne OR secheresse", new[] { Prague, Summer })]
    [TestCase("renault OR rivieres OR novakova", new[] { Renault, Summer, Prague, Circular })]
    [TestCase("derby goal OR praha", new[] { Derby, Prague })]
    [TestCase("dubois climat OR novakova economie", new[] { Summer, Budget, Circular })]
    [TestCase("renault OR", new[] { Renault })]
    [TestCase("renault or rivieres", new string[0])]
    public async Task OR_between_words_gives_either(string q, string[] expected) =>
        Assert.That(await SearchAsync(Anonymous, q), Is.EquivalentTo(expected));

    [Test]
    public async Task Each_hit_has_a_snippet_with_the_matched_words_in_mark()
    {
        var hits = (await Anonymous.GetJsonAsync($"{Articles}?q=renault"))["items"]!.AsArray();
        var accented = (await Anonymous.GetJsonAsync($"{Articles}?q=ete"))["items"]!.AsArray();
        var plain = (await Anonymous.GetJsonAsync(Articles))["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(hits[0]!["match"]!["snippet"]!.GetValue<string>(), Does.Contain("<mark>Renault</mark>"));
            Assert.That(hits[0]!["match"]!["score"]!.GetValue<double>(), Is.GreaterThan(0));
            Assert.That(accented[0]!["match"]!["snippet"]!.GetValue<string>(), Does.Contain("<mark>été</mark>"), "the text as written is marked");
            Assert.That(plain.Select(item => item!.AsObject().ContainsKey("match")), Is.All.False, "no match outside a search");
        });
    }

    [Test]
    public async Task Snippet_escapes_the_article_text_so_only_mark_is_markup()
    {
        var hit = (await Anonymous.GetJsonAsync($"{Articles}?q=pirate"))["items"]!.AsArray().Single()!;
        var snippet = hit["match"]!["snippet"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(hit["slug"]!.GetValue<string>(), Is.EqualTo(Security));
            Assert.That(snippet, Does.Contain("<mark>pirate</mark>"));
            Assert.That(snippet, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(snippet, Does.Contain("&amp;"));
            Assert.That(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal), Does.Not.Contain("<").And.Not.Contain(">"));
        });
    }

    [Test]
    public async Task Drafts_and_scheduled_articles_never_appear_in_anonymous_search_results_or_totals_but_do_with_a_key()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await SearchAsync(Anonymous, "licenciement"), Is.EqualTo(new[] { Renault }));
            Assert.That(await SearchAsync(Admin, "licenciement"), Is.EquivalentTo(new[] { Renault, LayoffDraft }));
            Assert.That(await SearchAsync(Anonymous, "confidentiel"), Is.Empty);
            Assert.That(await SearchAsync(Admin, "confidentiel"), Is.EqualTo(new[] { LayoffDraft }));
            Assert.That(await SearchAsync(Anonymous, "storm"), Is.Empty);
            Assert.That(await SearchAsync(Admin, "storm"), Is.EqualTo(new[] { Scheduled }));
            Assert.That(await TotalAsync(Anonymous, "licenciement OR derby"), Is.EqualTo(3));
            Assert.That(await TotalAsync(Admin, "licenciement OR derby"), Is.EqualTo(5));
            Assert.That(await TotalAsync(Anonymous, "confidentiel"), Is.Zero);
        });
    }

    private static readonly string[] Syntax =
    [
        "\"", "\"\"", "\" \"", "*", "**renault", "re*nault", "(renault", "renault)", "(renault OR derby)", "title:renault", "{title}:renault",
        "{title subtitle}: renault", "^renault", "renault^", "NEAR(renault plan)", "NEAR(renault plan, 2)", "renault AND plan", "AND",
        "renault AND", "NOT renault", "renault NOT plan", "OR", "OR renault", "OR OR", "-", "--renault", "- renault", "renault -", "+renault",
        "renault + plan", "{}", "'", "l'été", "'renault'", "renault'*", ":", "renault:", "a:b:c", "\"renault\"\"plan\"", "\"renault\" \"", "\\renault",
        "renault;DROP TABLE articles", "%", "_", "[renault]", "ré*", "\u0301", "e\u0301te\u0301", "𝒜𝒷𝒸", "🙂", "\u200b", "ﬁnance", "ǅ", "²", "x*y*z",
        "rank", "bm25", "renault\"", "-\"plan\"", "\"plan\"*", "* renault", "renault * plan", "renault*plan", "0", "12345*", "a", "ab", "abc*",
        "renault NEAR plan", "renault NEAR/2 plan", "title : renault", "-renault", "--", "OR -renault", "renault OR -plan", "renault\tplan", "renault\0plan", "renault\r\nplan",
    ];

    [TestCaseSource(nameof(Syntax))]
    public async Task Search_syntax_characters_give_results_or_a_400_naming_q_never_a_500(string q)
    {
        foreach (var client in new[] { Anonymous, Admin })
        {
            using var response = await client.GetAsync($"{Articles}?q={Uri.EscapeDataString(q)}");
            if (response.StatusCode == HttpStatusCode.OK) continue;
            await response.IsProblemAsync(HttpStatusCode.BadRequest, "q");
        }
    }

    [TestCase("title:renault", new string[0])]
    [TestCase("NEAR(renault plan)", new string[0])]
    [TestCase("renault AND plan", new string[0])]
    [TestCase("the AND derby", new string[0])]
    [TestCase("(renault OR derby)", new[] { Renault, Derby, Budget })]
    [TestCase("l'été", new string[0])]
    [TestCase("+renault", new[] { Renault })]
    [TestCase("{title}:renault", new string[0])]
    [TestCase("^renault", new[] { Renault })]
    [TestCase("renault*", new[] { Renault })]
    public async Task Search_syntax_characters_are_read_as_plain_words(string q, string[] expected) =>
        Assert.That(await SearchAsync(Anonymous, q), Is.EquivalentTo(expected));

    private static async Task<List<string>> SearchAsync(HttpClient client, string q)
    {
        var found = await client.GetJsonAsync($"{Articles}?q={Uri.EscapeDataString(q)}&limit=100");
        Assert.That(found["items"]!.AsArray().Select(item => item!["match"]?["snippet"]), Is.All.Not.Null, q);
        return Slugs(found);
    }

    private static async Task<int> TotalAsync(HttpClient client, string q) =>
        (await client.GetJsonAsync($"{Articles}?q={Uri.EscapeDataString(q)}&page=1"))["page"]!["total"]!.GetValue<int>();
}
