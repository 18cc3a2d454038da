using static Cms.Api.Tests.Http.Delivery.DeliveryNewsroom;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>Builds the newsroom of <see cref="DeliveryNewsroom"/> through the API once for every delivery test, which only read it.</summary>
[SetUpFixture]
public sealed class ReadOnlyNewsroom
{
    private static CmsFactory factory = null!;
    private static readonly Dictionary<string, string> ids = new(StringComparer.Ordinal);

    public static HttpClient Admin { get; private set; } = null!;

    public static HttpClient Anonymous { get; private set; } = null!;

    /// <summary>Each article's id by its slug.</summary>
    public static IReadOnlyDictionary<string, string> Ids => ids;

    [OneTimeSetUp]
    public async Task BuildAsync()
    {
        factory = new CmsFactory();
        Admin = factory.Admin();
        Anonymous = factory.Anonymous();
        await Admin.PostJsonAsync("/api/v1/authors", new
        {
            name = "Claire Dubois", jobTitle = "Journaliste économie", bio = "Couvre l’emploi et l’industrie.", email = "claire@newsroom.example",
        });
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Oliver Grant", jobTitle = "Sports writer", email = "oliver@newsroom.example" });
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Marta Nováková", jobTitle = "Correspondante à Prague" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Économie", description = "Emploi, entreprises et marchés." });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Climat", description = "Le réchauffement et ses effets." });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Sport" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "À relire", visibility = "internal" });

        await WriteAsync(Renault, "2024-01-10T08:00:00Z", new
        {
            title = "Plan de licenciement chez Renault", language = "fr", excerpt = "Le constructeur réduit ses effectifs.",
            body = "Le constructeur automobile annonce la suppression de postes.\n\nLes syndicats protestent.",
            authors = new[] { "claire-dubois" }, tags = new[] { "economie", "a-relire" },
        });
        await WriteAsync(Summer, "2024-02-15T08:00:00Z", new
        {
            title = "Un été caniculaire en Provence", subtitle = "La sécheresse s’installe", language = "fr",
            excerpt = "Les agriculteurs s’inquiètent.", body = "Les rivières sont à sec depuis juin.",
            authors = new[] { "claire-dubois" }, tags = new[] { "climat" },
        });
        await WriteAsync(Derby, "2024-03-01T18:00:00Z", new
        {
            title = "Late goal wins the derby", language = "en", excerpt = "A header in the last minute.",
            body = "The home side scored at the river end.", authors = new[] { "oliver-grant" }, tags = new[] { "sport" },
        });
        await WriteAsync(Budget, "2024-03-20T10:00:00Z", new
        {
            title = "Budget talks stall", subtitle = "Ministers disagree on spending", language = "en", excerpt = "No deal before the summer.",
            body = "Negotiators left without an agreement.\n\nFans of the derby were not consulted either.",
            authors = new[] { "oliver-grant", "claire-dubois" }, tags = new[] { "economie", "climat" },
        });
        await WriteAsync(Prague, "2024-04-05T07:00:00Z", new
        {
            title = "Aktuálně z Prahy", language = "cs", excerpt = "Zprávy dne.", body = "Praha hlásí rekordní návštěvnost.",
            authors = new[] { "marta-novakova" },
        });
        await WriteAsync(Security, "2024-04-20T09:00:00Z", new
        {
            title = "Sécurité informatique", language = "fr", excerpt = "Une faille corrigée.",
            body = $"Un pirate a glissé <script>alert(1)</script> dans la page & l’a signé.\n\n[[read-also: {Renault}]]\n\nLa faille est corrigée.",
            authors = new[] { "claire-dubois" },
        });
        await WriteAsync(Circular, "2024-05-01T12:00:00Z", new
        {
            title = "Économie circulaire", language = "fr", excerpt = "Réparer plutôt que jeter.", body = "Les ateliers de réparation se multiplient.",
            authors = new[] { "marta-novakova" }, tags = new[] { "economie" },
        });
        await WriteAsync(Market, "2024-05-01T12:00:00Z", new
        {
            title = "dernier marché de Noël", language = "fr", excerpt = "Les chalets ferment.", body = "Les exposants rangent leurs étals.",
        });
        await WriteAsync(LayoffDraft, null, new
        {
            title = "Brouillon sur le licenciement", language = "fr", excerpt = "Pas encore relu.", body = "Texte confidentiel sur l’usine.",
            authors = new[] { "claire-dubois" }, tags = new[] { "economie" },
        });
        await WriteAsync(DerbyDraft, null, new
        {
            title = "Draft derby notes", language = "en", excerpt = "Notes.", body = "Ideas for the derby preview.",
            authors = new[] { "oliver-grant" }, tags = new[] { "sport" },
        });
        await WriteAsync(Scheduled, "2099-01-01T06:00:00Z", new
        {
            title = "Scheduled storm warning", language = "en", excerpt = "Later.", body = "A storm is coming.",
            authors = new[] { "oliver-grant" }, tags = new[] { "sport" },
        });
        using var changed = await Admin.PatchMergeAsync($"{DeliveryNewsroom.Articles}/{Budget}", """{"subtitle":"Ministers still disagree on spending"}""");
        Assert.That(changed.IsSuccessStatusCode, Is.True, await changed.Content.ReadAsStringAsync());
    }

    [OneTimeTearDown]
    public void Stop()
    {
        Admin.Dispose();
        Anonymous.Dispose();
        factory.Dispose();
    }

    private static async Task WriteAsync(string slug, string? publishedAt, object article)
    {
        var created = await Admin.PostJsonAsync(DeliveryNewsroom.Articles, article);
        Assert.That(created["slug"]!.GetValue<string>(), Is.EqualTo(slug));
        var id = created["id"]!.GetValue<string>();
        ids[slug] = id;
        if (publishedAt is not null) await Admin.PostJsonAsync($"{DeliveryNewsroom.Articles}/{id}/publish", new { publishedAt });
    }
}
