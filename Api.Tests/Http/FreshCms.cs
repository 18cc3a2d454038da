namespace Cms.Api.Tests.Http;

/// <summary>A new CMS with an empty database for every test, with an admin client and an anonymous one.</summary>
public abstract class FreshCms
{
    protected CmsFactory Factory { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    protected HttpClient Anonymous { get; private set; } = null!;

    /// <summary>Settings the CMS runs with, on top of the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string> CmsSettings { get; } = new Dictionary<string, string>();

    [SetUp]
    public void StartCms()
    {
        Factory = new CmsFactory(settings: CmsSettings);
        Admin = Factory.Admin();
        Anonymous = Factory.Anonymous();
    }

    [TearDown]
    public void StopCms()
    {
        Admin.Dispose();
        Anonymous.Dispose();
        Factory.Dispose();
    }
}
