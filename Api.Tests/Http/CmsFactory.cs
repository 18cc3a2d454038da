using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Http;

/// <summary>The real app on its own SQLite file in a temporary folder, with a known admin key.</summary>
public sealed class CmsFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789";

    /// <param name="environment">The hosting environment.</param>
    /// <param name="sharedDatabase">Another instance's database file, to run a second API instance against the same data.</param>
    /// <param name="settings">Configuration values to set on top of the test ones.</param>
    /// <param name="services">Registrations to make on top of the app's, to replace a service.</param>
    public CmsFactory(string environment = "Testing", string? sharedDatabase = null, IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        Environment = environment;
        Settings = settings ?? new Dictionary<string, string>();
        replacements = services;
        Folder = Directory.CreateTempSubdirectory("cms-tests-").FullName;
        DatabasePath = sharedDatabase ?? Path.Combine(Folder, "cms.db");
    }

    /// <summary>The time the CMS sees: the real time until a test moves it.</summary>
    public TestTime Time { get; } = new();

    public string Environment { get; }

    public IReadOnlyDictionary<string, string> Settings { get; }

    private readonly Action<IServiceCollection>? replacements;

    public string Folder { get; }

    public string DatabasePath { get; }

    public HttpClient Anonymous() => CreateClient();

    public HttpClient Admin() => Keyed(AdminKey);

    public HttpClient Keyed(string secret)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>Makes a key through the API and returns its answer, secret included.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode> CreateKeyAsync(string role, string? author = null, string? expiresAt = null)
    {
        using var admin = Admin();
        return await admin.PostJsonAsync("/api/v1/keys", new { name = $"{role} key", role, author, expiresAt });
    }

    /// <summary>A client holding a new key of this role.</summary>
    public async Task<HttpClient> ClientWithRoleAsync(string role, string? author = null) =>
        Keyed((await CreateKeyAsync(role, author))["secret"]!.GetValue<string>());

    /// <summary>Counts rows straight from the database file, to prove what a request did or did not write.</summary>
    public long Count(string table)
    {
        _ = Services;
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Runs a statement straight on the database file, behind the CMS's back; the number of rows it changed.</summary>
    public int Execute(string sql)
    {
        _ = Services;
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public IReadOnlyDictionary<string, long> CountAll() =>
        new[] { "articles", "authors", "tags", "article_authors", "article_tags", "article_read_also" }.ToDictionary(t => t, Count);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseContentRoot(Folder);
        builder.UseSetting("ConnectionStrings:Cms", $"Data Source={DatabasePath}");
        builder.UseSetting("Cms:Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("Cms:Site:ArticleUrlTemplate", "https://news.example/{yyyy}/{MM}/{slug}");
        foreach (var budget in new[] { "Anonymous", "Key", "FailedAuthentication" })
            builder.UseSetting($"Cms:RateLimits:{budget}:PermitLimit", "1000000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddresses>();
            replacements?.Invoke(services);
        });
    }

    /// <summary>Keeps the database folder when disposed, so a second CMS can start on the same file.</summary>
    public bool KeepFolder { get; set; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (KeepFolder) return;
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
