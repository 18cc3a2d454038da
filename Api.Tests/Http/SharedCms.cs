namespace Cms.Api.Tests.Http;

/// <summary>One CMS for all the tests of a fixture, for tests that each make their own records and leave the rest alone.</summary>
public abstract class SharedCms
{
    protected CmsFactory Factory { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    protected HttpClient Anonymous { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartCms()
    {
        Factory = new CmsFactory();
        Admin = Factory.Admin();
        Anonymous = Factory.Anonymous();
    }

    [OneTimeTearDown]
    public void StopCms()
    {
        Admin.Dispose();
        Anonymous.Dispose();
        Factory.Dispose();
    }
}
