using Cms.Api.Articles;
using Cms.Api.Audit;
using Cms.Api.Auth;
using Cms.Api.Authors;
using Cms.Api.Exchange;
using Cms.Api.Keys;
using Cms.Api.Listings;
using Cms.Api.Paging;
using Cms.Api.Tags;
using Cms.Api.Webhooks;
using Cms.Domain.Articles.Search;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Exchange;
using Cms.Domain.Operations;
using Cms.Domain.Tags;
using Cms.Domain.Webhooks;
using Cms.Infrastructure;
using Cms.Infrastructure.Access;
using Cms.Infrastructure.Audit;
using Cms.Infrastructure.Articles;
using Cms.Infrastructure.Authors;
using Cms.Infrastructure.Database;
using Cms.Infrastructure.Exchange;
using Cms.Infrastructure.Tags;
using Cms.Infrastructure.Webhooks;
using FluentValidation;
using Microsoft.Data.Sqlite;

namespace Cms.Api.Hosting;

/// <summary>The composition root: which class serves each port, and the settings they read.</summary>
public static class CmsServices
{
    /// <summary>
    /// The host's arguments: settings files are read once at start, because watching the content root for changes
    /// would also follow every write to a database or export file kept beneath it.
    /// </summary>
    public static string[] HostArguments(string[] args) => [.. args, "--hostBuilder:reloadConfigOnChange=false"];

    /// <summary>Registers storage, the newsroom's use cases and the HTTP pieces.</summary>
    public static void AddCms(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataFolder = Path.Combine(builder.Environment.ContentRootPath, "data");

        TextColumns.Register();
        var connectionString = ConnectionString(configuration, builder.Environment.ContentRootPath);
        services.AddSingleton<ISqlDialect>(_ => new SqliteDialect(WithFolder(connectionString)));
        services.AddSingleton<Migrator>();
        services.AddSingleton<IStorageMaintenance, SqliteMaintenance>();
        services.AddSingleton<IStorageProbe, StorageProbe>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, SystemClock>();
        services.AddSite(configuration);
        services.AddSingleton<IArticleStore>(s => s.GetRequiredService<SqliteArticleStore>());
        services.AddSingleton<NameDirectory>();
        services.AddSingleton(new SearchWindow(configuration.GetValue("Cms:Search:RecentMatches", SearchQuery.RecentMatches)));
        services.AddSingleton(new PageMarkers(configuration.GetValue("Cms:Paging:MarkerStride", PageMarkers.DefaultStride)));
        services.AddSingleton<SearchFloors>();
        services.AddSingleton<PrefixTerms>();
        services.AddSingleton<SqliteArticleCatalog>();
        services.AddSingleton<IArticleCatalog>(s => s.GetRequiredService<SqliteArticleCatalog>());
        services.AddSingleton<ITypesetArticles>(s => s.GetRequiredService<SqliteArticleCatalog>());
        services.AddSingleton<ITypesetting, SqliteTypesetting>();
        services.AddSingleton(configuration.GetSection("Cms:Typesetting").Get<TypesettingSettings>() ?? new TypesettingSettings());
        services.AddSingleton<Typesetter>();
        services.AddHostedService(s => s.GetRequiredService<Typesetter>());
        services.AddSingleton<SqliteAuthorStore>();
        services.AddSingleton<IAuthorStore>(s => s.GetRequiredService<SqliteAuthorStore>());
        services.AddSingleton<SqliteTagStore>();
        services.AddSingleton<ITagStore>(s => s.GetRequiredService<SqliteTagStore>());
        services.AddSingleton<IArticleReferences, StoredReferences>();
        services.AddSingleton<SqliteArticleStore>();
        services.AddSingleton(s => new ImportStores(s.GetRequiredService<SqliteArticleStore>(), s.GetRequiredService<SqliteAuthorStore>(),
            s.GetRequiredService<SqliteTagStore>(), s.GetRequiredService<Domain.Translations.ITranslationStore>()));
        services.AddSingleton<IImportStore, SqliteImportStore>();
        services.AddSingleton<IExportSource, SqliteExportSource>();
        services.AddSingleton<ImportDesk>();
        services.AddSingleton<LineReader>();
        services.AddSingleton<IImportReceipts, SqliteImportReceipts>();
        services.AddSingleton<ImportRun>();
        services.AddSingleton<ICreateReceipts, SqliteCreateReceipts>();
        services.AddSingleton(configuration.GetSection("Cms:Webhooks").Get<WebhookSettings>() ?? new WebhookSettings());
        services.AddSingleton<IWebhookStore, SqliteWebhookStore>();
        services.AddSingleton<IWebhookTargets, WebhookTargets>();
        services.AddSingleton<WebhookDesk>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<DeliveryRound>();
        services.AddHostedService<WebhookDelivery>();
        services.AddSingleton<ArticleDesk>();
        services.AddSingleton<IArticleTombstones, SqliteArticleTombstones>();
        services.AddSingleton<TombstoneDesk>();
        services.AddSingleton<IArticleRevisions, SqliteArticleRevisions>();
        services.AddSingleton(configuration.GetSection("Cms:Preview").Get<PreviewSettings>() ?? new PreviewSettings());
        services.AddSingleton<PreviewLinks>();
        services.AddSingleton(configuration.GetSection("Cms:Scheduler").Get<SchedulerSettings>() ?? new SchedulerSettings());
        services.AddSingleton<PublicationScheduler>();
        services.AddHostedService(s => s.GetRequiredService<PublicationScheduler>());
        services.AddSingleton<IKeyStore, SqliteKeyStore>();
        services.AddSingleton<KeyDesk>();
        services.AddSingleton<Domain.Audit.IAuditLog, SqliteAuditLog>();
        services.AddSingleton<AuditRecorder>();
        services.AddSingleton(s => new Listing<AuthorProfile, AuthorRequest, AuthorResponse>("author", "authors",
            new ListingDesk<AuthorProfile>(s.GetRequiredService<SqliteAuthorStore>(), s.GetRequiredService<IClock>(), "author", p => p.Name),
            s.GetRequiredService<SqliteAuthorStore>(), s.GetRequiredService<SqliteAuthorStore>(),
            r => (r.Slug, new AuthorProfile(r.Name, r.Bio, r.AvatarUrl, r.JobTitle, r.Website, r.Social ?? SocialProfiles.None, r.Email)),
            a => new AuthorRequest(a.Details.Name, a.Slug, a.Details.Bio, a.Details.AvatarUrl, a.Details.JobTitle, a.Details.Website,
                a.Details.Social, a.Details.Email),
            AuthorResponse.Show));
        services.AddSingleton(s => new Listing<TagDetails, TagRequest, TagResponse>("tag", "tags",
            new ListingDesk<TagDetails>(s.GetRequiredService<SqliteTagStore>(), s.GetRequiredService<IClock>(), "tag", t => t.Name),
            s.GetRequiredService<SqliteTagStore>(), s.GetRequiredService<SqliteTagStore>(),
            r => (r.Slug, new TagDetails(r.Name, r.Description, r.Visibility)),
            t => new TagRequest(t.Details.Name, t.Slug, t.Details.Description, t.Details.Visibility),
            TagResponse.Show));

        services.AddSingleton<IValidator<ArticleRequest>, ArticleRequestValidator>();
        services.AddSingleton<IValidator<AuthorRequest>, AuthorRequestValidator>();
        services.AddSingleton<IValidator<TagRequest>, TagRequestValidator>();
        services.AddSingleton<IValidator<WebhookRequest>, WebhookRequestValidator>();
        services.AddSingleton<IValidator<KeyRequest>, KeyRequestValidator>();
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = ValidatorOptions.Global.PropertyNameResolver;
        RuleMessages.Use();

        services.AddSingleton(new Cursors(configuration["Cms:Paging:CursorSecret"] ?? "cms-default-cursor-secret"));
        var caching = configuration.GetSection("Cms:Caching").Get<CachingSettings>() ?? new CachingSettings();
        services.AddSingleton(caching);
        services.AddSingleton<ContentChanges>();
        services.AddSingleton<KeptAnswers>();
        services.ConfigureHttpJsonOptions(options => StrictJson.Configure(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        var bodyLimit = new BodySizeLimit.Settings(configuration.GetValue<long?>("Cms:Limits:MaxRequestBodyBytes") ?? 4 * 1024 * 1024,
            configuration.GetValue<long?>("Cms:Limits:MaxBulkBodyBytes") ?? 4L * 1024 * 1024 * 1024,
            configuration.GetValue<int?>("Cms:Limits:BulkIdleSeconds") ?? 30);
        services.AddSingleton(bodyLimit);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = bodyLimit.MaxBytes);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Problems.Complete);
        services.AddExceptionHandler<ProblemExceptionHandler>();

        services.AddSingleton(s => BootstrapKey.Load(configuration, builder.Environment, dataFolder,
            s.GetRequiredService<ILoggerFactory>().CreateLogger<BootstrapKey>()));
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorization(Policies.Add);
        services.AddCmsRateLimits(configuration.GetSection("Cms:RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings());
        services.AddCmsOpenApi();
    }

    /// <summary>The connection string the CMS opens its database with: the configured one, its file rooted at the content root.</summary>
    public static string ConnectionString(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var parsed = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Cms") ?? "Data Source=data/cms.db");
        if (parsed.DataSource is { Length: > 0 } file && file != ":memory:" && !Path.IsPathRooted(file))
        {
            parsed.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
        }
        return parsed.ToString();
    }

    // Makes the database's folder, which SQLite would not.
    private static string WithFolder(string connectionString)
    {
        if (Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        return connectionString;
    }
}
