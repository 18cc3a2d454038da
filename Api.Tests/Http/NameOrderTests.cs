namespace Cms.Api.Tests.Http;

public sealed class NameOrderTests
{
    [Test]
    public async Task Tags_and_authors_list_by_name_with_accented_initials_among_their_letters()
    {
        using var factory = new CmsFactory();
        var admin = factory.Admin();
        foreach (var name in new[] { "Zoologie", "Économie", "culture", "Édition", "Agriculture" })
        {
            await admin.PostJsonAsync("/api/v1/tags", new { name });
            await admin.PostJsonAsync("/api/v1/authors", new { name });
        }
        var expected = new[] { "Agriculture", "culture", "Économie", "Édition", "Zoologie" };

        foreach (var route in new[] { "tags", "authors" })
        {
            var firstPage = await factory.Anonymous().GetJsonAsync($"/api/v1/{route}?limit=3");
            var secondPage = await factory.Anonymous().GetJsonAsync($"/api/v1/{route}?limit=3&cursor={Uri.EscapeDataString(firstPage["page"]!["nextCursor"]!.GetValue<string>())}");
            var names = firstPage["items"]!.AsArray().Concat(secondPage["items"]!.AsArray()).Select(item => item!["name"]!.GetValue<string>());
            Assert.That(names, Is.EqualTo(expected), route);
        }
    }
}
