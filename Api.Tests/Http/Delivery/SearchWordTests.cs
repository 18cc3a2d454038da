namespace Cms.Api.Tests.Http.Delivery;

/// <summary>A search reads a word as the index does, whatever characters the newsroom writes it with.</summary>
public sealed class SearchWordTests : FreshCms
{
    [TestCase("CO₂", "Les émissions de CO₂ baissent", "<mark>CO₂</mark>")]
    [TestCase("m³", "Le prix du m³ d’eau", "<mark>m³</mark>")]
    [TestCase("𠮷野家", "Une enseigne 𠮷野家 à Bruxelles", "<mark>𠮷野家</mark>")]
    public async Task A_word_with_a_subscript_digit_or_a_letter_past_U_FFFF_is_found_as_written_and_marked(string q, string title, string marked)
    {
        var slug = await Admin.PublishedAsync(title, "2024-03-01T08:00:00Z");
        var found = await Anonymous.GetJsonAsync($"/api/v1/articles?q={Uri.EscapeDataString(q)}");
        Assert.Multiple(() =>
        {
            Assert.That(found.Slugs(), Is.EqualTo(new[] { slug }));
            Assert.That(found["items"]![0]?["match"]?["snippet"]?.GetValue<string>(), Does.Contain(marked));
        });
    }
}
