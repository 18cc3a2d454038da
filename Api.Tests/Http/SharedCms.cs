namespace Cms.Api.Tests.Http;

/// <summary>
/// One app per fixture, written once by <see cref="SeedAsync"/>, for tests that only read it, whose writes are refused, or that
/// each write their own records and leave the rest alone.
/// </summary>
public abstract class SharedCms
{
    protected CmsFactory Factory { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    protected HttpClient Anonymous { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartCmsAsync()
    {
        Factory = new CmsFactory();
        Admin = Factory.Admin();
        Anonymous = Factory.Anonymous();
        await SeedAsync();
    }

    [OneTimeTearDown]
    public void StopCms()
    {
        Admin.Dispose();
        Anonymous.Dispose();
        Factory.Dispose();
    }

    /// <summary>Writes what every test of the fixture reads.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;
}
