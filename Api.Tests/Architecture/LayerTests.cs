using System.Reflection;

namespace Cms.Api.Tests.Architecture;

/// <summary>The layers' arrows point one way: Api to Infrastructure to Domain.</summary>
public sealed class LayerTests
{
    private static readonly string[] ForbiddenInDomain = ["Cms.Infrastructure", "Cms.Api", "Microsoft.AspNetCore", "Dapper", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Npgsql"];

    private static IEnumerable<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!);

    [Test]
    public void Domain_references_no_other_project_and_no_web_or_database_assembly()
    {
        var references = References(typeof(Cms.Domain.Articles.Article).Assembly).ToList();
        foreach (var forbidden in ForbiddenInDomain)
            Assert.That(references, Has.None.StartsWith(forbidden), $"Cms.Domain references {forbidden}");
    }

    [Test]
    public void Infrastructure_does_not_reference_the_api()
    {
        var references = References(typeof(Cms.Infrastructure.Database.Migrator).Assembly).ToList();
        Assert.That(references, Has.None.StartsWith("Cms.Api"));
        Assert.That(references, Has.None.StartsWith("Microsoft.AspNetCore"));
    }

    [Test]
    public void Api_endpoints_outside_the_composition_root_name_no_infrastructure_type()
    {
        var offenders = typeof(Program).Assembly.GetTypes()
            .Where(type => type.Namespace is { } ns && !ns.EndsWith(".Hosting", StringComparison.Ordinal))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .SelectMany(method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType))
                .Where(t => t.Assembly == typeof(Cms.Infrastructure.Database.Migrator).Assembly)
                .Select(t => $"{type.Name} uses {t.Name}"))
            .ToList();
        Assert.That(offenders, Is.Empty);
    }
}
