using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Cms.Api.Tests.Http;

/// <summary>The real app on its own SQLite file in a temporary folder, with a known admin key.</summary>
public sealed class CmsFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789";

    /// <param name="environment">The hosting environment.</param>
    /// <param name="sharedDatabase">Another instance's database file, to run a second API instance against the same data.</param>
    public CmsFactory(string environment = "Testing", string? sharedDatabase = null)
    {
        Environment = environment;
        Folder = Directory.CreateTempSubdirectory("cms-tests-").FullName;
        DatabasePath = sharedDatabase ?? Path.Combine(Folder, "cms.db");
    }

    public string Environment { get; }

    public string Folder { get; }

    public string DatabasePath { get; }

    public HttpClient Anonymous() => CreateClient();

    public HttpClient Admin()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        return client;
    }

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

    public IReadOnlyDictionary<string, long> CountAll() =>
        new[] { "articles", "authors", "tags", "article_authors", "article_tags", "article_read_also" }.ToDictionary(t => t, Count);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseContentRoot(Folder);
        builder.UseSetting("ConnectionStrings:Cms", $"Data Source={DatabasePath}");
        builder.UseSetting("Cms:Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("Cms:Site:ArticleUrlTemplate", "https://news.example/{yyyy}/{MM}/{slug}");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
