using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>
/// The small newsroom every read-only delivery test reads (see <see cref="ReadOnlyNewsroom"/>): three authors, four tags
/// (one internal), eight published articles in French, English and Czech with backdated publication times (two at the
/// very same instant), two drafts and one scheduled article.
/// </summary>
public abstract class DeliveryNewsroom
{
    public const string Articles = "/api/v1/articles";

    // Published, by publication time.
    public const string Renault = "plan-de-licenciement-chez-renault";   // 2024-01-10T08:00Z fr, economie + internal a-relire, Claire
    public const string Summer = "un-ete-caniculaire-en-provence";       // 2024-02-15T08:00Z fr, climat, Claire
    public const string Derby = "late-goal-wins-the-derby";              // 2024-03-01T18:00Z en, sport, Oliver
    public const string Budget = "budget-talks-stall";                   // 2024-03-20T10:00Z en, economie + climat, Oliver + Claire; changed last
    public const string Prague = "aktualne-z-prahy";                     // 2024-04-05T07:00Z cs, Marta
    public const string Security = "securite-informatique";              // 2024-04-20T09:00Z fr, Claire; body has <script> and a read-also to Renault
    public const string Circular = "economie-circulaire";                // 2024-05-01T12:00Z fr, economie, Marta
    public const string Market = "dernier-marche-de-noel";               // 2024-05-01T12:00Z fr, same instant as Circular

    // Not public.
    public const string LayoffDraft = "brouillon-sur-le-licenciement";   // draft fr, economie, Claire
    public const string DerbyDraft = "draft-derby-notes";                // draft en, sport, Oliver
    public const string Scheduled = "scheduled-storm-warning";           // scheduled for 2099, sport, Oliver

    protected static readonly string[] Published = [Renault, Summer, Derby, Budget, Prague, Security, Circular, Market];
    protected static readonly string[] Unpublished = [LayoffDraft, DerbyDraft, Scheduled];

    protected static HttpClient Admin => ReadOnlyNewsroom.Admin;

    protected static HttpClient Anonymous => ReadOnlyNewsroom.Anonymous;

    /// <summary>The id of a fixture article by its slug.</summary>
    protected static string IdOf(string slug) => ReadOnlyNewsroom.Ids[slug];

    /// <summary>The slugs of a list answer's items, in order.</summary>
    protected static List<string> Slugs(JsonNode list) =>
        list["items"]!.AsArray().Select(item => item!["slug"]!.GetValue<string>()).ToList();

    /// <summary>The slugs a GET of this list gives, in order.</summary>
    protected static async Task<List<string>> SlugsAsync(HttpClient client, string url) => Slugs(await client.GetJsonAsync(url));

    /// <summary>Slugs ordered by their article's id, as the id tiebreak orders articles with equal sort values.</summary>
    protected static IEnumerable<string> ById(params string[] tied) => tied.OrderBy(IdOf, StringComparer.Ordinal);
}
