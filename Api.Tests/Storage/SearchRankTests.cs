using Dapper;

namespace Cms.Api.Tests.Storage;

public sealed class SearchRankTests
{
    private const string Weights = "10.0, 5.0, 3.0, 1.0, 4.0, 4.0";

    private static readonly string[] Words =
        ["ministre", "conseil", "licences", "géant", "américain", "finance", "énergie", "moratoire", "tram", "liège", "seraing", "diesel"];

    private ScratchDatabase database = null!;

    [SetUp]
    public async Task IndexArticles()
    {
        database = await ScratchDatabase.MigratedAsync();
        await using var connection = await database.Dialect.OpenAsync(CancellationToken.None);
        var random = new Random(20231118);
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        for (var row = 1; row <= 200; row++)
        {
            await connection.ExecuteAsync(
                "INSERT INTO article_search (rowid, title, subtitle, excerpt, body, tags, authors) VALUES (@row, @title, @subtitle, @excerpt, @body, @tags, @authors)",
                new { row, title = Text(random.Next(1, 6)), subtitle = Text(random.Next(0, 4)), excerpt = Text(8), body = Text(random.Next(20, 120)), tags = Text(2), authors = Text(1) });
        }
    }

    [TearDown]
    public void DeleteDatabase() => database.Dispose();

    [TestCase("\"géant américain\"")]
    [TestCase("\"ministre\"")]
    [TestCase("\"conseil\" *")]
    public async Task A_search_of_one_phrase_ranks_its_matches_as_bm25_does_with_every_score_divided_by_the_phrase_rarity(string match)
    {
        var (ours, bm25) = await RankBothWaysAsync(match);
        var holding = bm25.Count;
        var rarity = Math.Max(Math.Log((200 - holding + 0.5) / (holding + 0.5)), 1e-6);

        Assert.That(holding, Is.GreaterThan(10));
        Assert.That(ours.Select(hit => hit.Row), Is.EqualTo(bm25.Select(hit => hit.Row)));
        Assert.That(ours.Select(hit => hit.Score * rarity), Is.EqualTo(bm25.Select(hit => hit.Score)).Within(1e-9).Percent);
    }

    [TestCase("\"ministre\" AND \"tram\"")]
    [TestCase("\"géant américain\" OR \"diesel\"")]
    [TestCase("(\"liège\" OR \"seraing\") AND title : \"ministre\"")]
    public async Task A_search_of_several_phrases_weighs_each_by_its_rarity_and_scores_exactly_as_bm25_does(string match)
    {
        var (ours, bm25) = await RankBothWaysAsync(match);

        Assert.That(bm25, Has.Count.GreaterThan(10));
        Assert.That(ours, Is.EqualTo(bm25));
    }

    // The matches in rank order with their scores, by cms_rank through the dialect's session and by FTS5's own bm25.
    private async Task<(List<Hit> Ours, List<Hit> Bm25)> RankBothWaysAsync(string match)
    {
        await using var connection = await database.Dialect.OpenAsync(CancellationToken.None);
        var ours = await connection.QueryAsync<Hit>(
            $"SELECT rowid AS Row, rank AS Score FROM article_search WHERE article_search MATCH @match AND rank MATCH 'cms_rank({Weights})' ORDER BY rank, rowid",
            new { match });
        var bm25 = await connection.QueryAsync<Hit>(
            $"SELECT rowid AS Row, bm25(article_search, {Weights}) AS Score FROM article_search WHERE article_search MATCH @match ORDER BY 2, 1",
            new { match });
        return (ours.ToList(), bm25.ToList());
    }

    private sealed record Hit(long Row, double Score);
}
