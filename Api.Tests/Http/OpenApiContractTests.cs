namespace Cms.Api.Tests.Http;

/// <summary>The committed openapi.yaml is exactly what the code generates.</summary>
public sealed class OpenApiContractTests
{
    private const string Regenerate = "CMS_WRITE_OPENAPI=1 dotnet test --filter OpenApiContractTests";

    [Test]
    public async Task Committed_openapi_yaml_matches_the_document_the_code_generates()
    {
        using var factory = new CmsFactory();
        var generated = (await factory.Anonymous().GetStringAsync("/swagger/v1/swagger.yaml")).ReplaceLineEndings("\n");
        var committedPath = Path.Combine(RepositoryRoot(), "openapi.yaml");
        if (Environment.GetEnvironmentVariable("CMS_WRITE_OPENAPI") == "1") await File.WriteAllTextAsync(committedPath, generated);
        var committed = File.Exists(committedPath) ? (await File.ReadAllTextAsync(committedPath)).ReplaceLineEndings("\n") : "";
        Assert.That(committed, Is.EqualTo(generated), $"openapi.yaml is out of date with the code. Regenerate it with: {Regenerate}");
    }

    [Test]
    public async Task Every_operation_has_an_operation_id_and_a_summary()
    {
        using var factory = new CmsFactory();
        var document = await factory.Anonymous().GetJsonAsync("/swagger/v1/swagger.json");
        var operations = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()).ToList();
        Assert.That(operations, Is.Not.Empty);
        foreach (var (method, operation) in operations)
        {
            Assert.That(operation!["operationId"], Is.Not.Null, $"{method} lacks an operationId");
            Assert.That(operation["summary"], Is.Not.Null, $"{operation["operationId"]} lacks a summary");
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
                Assert.That(parameter!["description"], Is.Not.Null, $"{operation["operationId"]} parameter {parameter["name"]} lacks a description");
        }
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Cms.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Cms.sln not found above the test folder.");
    }
}
