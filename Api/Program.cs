using Cms.Api.Articles;
using Cms.Api.Audit;
using Cms.Api.Auth;
using Cms.Api.Authors;
using Cms.Api.CommandLine;
using Cms.Api.Exchange;
using Cms.Api.Feeds;
using Cms.Api.Health;
using Cms.Api.Hosting;
using Cms.Api.Keys;
using Cms.Api.Listings;
using Cms.Api.Related;
using Cms.Api.Samples;
using Cms.Api.Settings;
using Cms.Api.Sitemaps;
using Cms.Api.Sharing;
using Cms.Api.Tags;
using Cms.Api.Webhooks;
using Cms.Api.Translations;
using Cms.Domain.Authors;
using Cms.Domain.Settings;
using Cms.Domain.Tags;
using Cms.Infrastructure.Database;

NativeMemory.UseFewArenas();
if (CommandLine.Wants(args)) return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(CmsServices.HostArguments(args));
builder.AddCms();

var app = builder.Build();
await app.Services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
await app.Services.GetRequiredService<SiteSettingsCache>().RefreshAsync(CancellationToken.None);
await app.Services.GetRequiredService<BootstrapKey>().AdoptAsync(app.Services, CancellationToken.None);
await app.Services.GetRequiredService<PublicationScheduler>().PublishDueAsync(CancellationToken.None);
if (app.Environment.IsDevelopment()) await SampleNewsroom.FillIfEmptyAsync(app.Services, CancellationToken.None);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<UnreadableParameters>();
app.UseAuthentication();
app.UseRateLimiter();
app.UseMiddleware<AnonymousReadCache>();
app.UseWhen(context => context.Request.Path.StartsWithSegments("/swagger"),
    swagger => swagger.UseSwagger().UseSwaggerUI(options => options.DocumentTitle = "Newsroom CMS API"));
app.UseMiddleware<AuditTrail>();
app.UseMiddleware<KeyGate>();
app.UseAuthorization();
app.UseMiddleware<BodySizeLimit>();
app.UseMiddleware<RequestBodies>();
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<IdempotentCreates>().UseMiddleware<HttpCaching>().UseMiddleware<WritesEmptyTheCache>());

var routes = app.WithHeadWhereGet();
routes.MapHealth();
routes.MapArticles();
routes.MapArticleTombstones();
routes.MapSettings();
routes.MapSharing();
routes.MapRelated();
routes.MapTranslations();
routes.MapFeeds();
routes.MapSitemaps();
routes.MapKeys();
routes.MapAudit();
routes.MapAuthors();
routes.MapTags();
routes.MapExchange();
routes.MapWebhooks();
app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();

await app.RunAsync();
return 0;

/// <summary>The web application's entry point, visible to the HTTP tests.</summary>
public partial class Program;
