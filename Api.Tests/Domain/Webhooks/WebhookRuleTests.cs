using System.Net;
using System.Text;
using Cms.Domain.Webhooks;

namespace Cms.Api.Tests.Domain.Webhooks;

public sealed class WebhookRuleTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_signature_is_the_hmac_of_the_timestamp_a_dot_and_the_body()
    {
        var body = Encoding.UTF8.GetBytes("{\"type\":\"tag.created\"}");
        var header = WebhookSignature.Sign("whsec_test", At, body);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            Encoding.UTF8.GetBytes("whsec_test"), Encoding.UTF8.GetBytes($"{At.ToUnixTimeSeconds()}.{{\"type\":\"tag.created\"}}")));
        Assert.Multiple(() =>
        {
            Assert.That(header, Is.EqualTo($"t={At.ToUnixTimeSeconds()},v1={expected}"));
            Assert.That(WebhookSignature.Verify("whsec_test", header, body, At.AddMinutes(1), TimeSpan.FromMinutes(5)), Is.True);
            Assert.That(WebhookSignature.Verify("whsec_other", header, body, At, TimeSpan.FromMinutes(5)), Is.False);
            Assert.That(WebhookSignature.Verify("whsec_test", header, "{}"u8, At, TimeSpan.FromMinutes(5)), Is.False);
            Assert.That(WebhookSignature.Verify("whsec_test", header, body, At.AddMinutes(10), TimeSpan.FromMinutes(5)), Is.False);
        });
    }

    [Test]
    public void Retries_double_from_the_first_delay_with_jitter_in_the_upper_half_up_to_the_cap_then_stop()
    {
        var policy = new RetryPolicy(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), 5);
        Assert.Multiple(() =>
        {
            Assert.That(policy.After(1, 0), Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(policy.After(1, 1), Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(policy.After(2, 1), Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(policy.After(3, 0.5), Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(policy.After(4, 1), Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(policy.After(5, 1), Is.Null);
        });
    }

    [TestCase("8.8.8.8", true)]
    [TestCase("2a00:1450:4007:80e::200e", true)]
    [TestCase("127.0.0.1", false)]
    [TestCase("10.0.0.1", false)]
    [TestCase("100.64.0.1", false)]
    [TestCase("172.31.255.255", false)]
    [TestCase("172.32.0.1", true)]
    [TestCase("192.168.0.1", false)]
    [TestCase("169.254.169.254", false)]
    [TestCase("224.0.0.1", false)]
    [TestCase("::1", false)]
    [TestCase("fe80::1", false)]
    [TestCase("fd12:3456::1", false)]
    [TestCase("::ffff:10.0.0.1", false)]
    [TestCase("64:ff9b::7f00:1", false)]
    [TestCase("64:ff9b::808:808", true)]
    [TestCase("::127.0.0.1", false)]
    [TestCase("::ffff:0:127.0.0.1", false)]
    [TestCase("2002:7f00:1::", false)]
    [TestCase("64:ff9b:1::a00:1", false)]
    [TestCase("100::1", false)]
    [TestCase("2001::1", false)]
    [TestCase("2001:10::1", false)]
    [TestCase("2001:db8::1", false)]
    [TestCase("3fff::1", false)]
    [TestCase("3fff:1000::1", true)]
    [TestCase("5f00::1", false)]
    [TestCase("ff02::1", false)]
    [TestCase("::", false)]
    [TestCase("2001:4860:4860::8888", true)]
    [TestCase("192.88.99.1", false)]
    public void Only_public_addresses_are_targets(string address, bool isPublic) =>
        Assert.That(TargetAddress.IsPublic(IPAddress.Parse(address)), Is.EqualTo(isPublic));

    [Test]
    public void Event_patterns_spell_out_to_the_types_they_name()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Webhook.Expand(["tag.*", "article.published"]),
                Is.EqualTo(new[] { "tag.created", "tag.updated", "tag.deleted", "article.published" }));
            Assert.That(Webhook.Expand(["*"]), Is.EqualTo(NewsroomEvents.Types));
            Assert.That(Webhook.Expand(["article.read"]), Is.Null);
            Assert.That(Webhook.Expand(["art*"]), Is.Null);
        });
    }

    [TestCase(null, "draft", "article.created")]
    [TestCase(null, "published", "article.published")]
    [TestCase("draft", "published", "article.published")]
    [TestCase("draft", "scheduled", "article.scheduled")]
    [TestCase("published", "draft", "article.unpublished")]
    [TestCase("scheduled", "draft", "article.unpublished")]
    [TestCase("published", "archived", "article.unpublished")]
    [TestCase("archived", "published", "article.published")]
    [TestCase("published", "published", "article.updated")]
    [TestCase("draft", "draft", "article.updated")]
    [TestCase("published", null, "article.deleted")]
    public void An_article_change_is_named_by_where_it_stood_and_stands(string? before, string? after, string type)
    {
        EventSide? Side(string? status) => status is null ? null : new EventSide("s", "T", status, "/articles/s", null);
        Assert.That(NewsroomEvents.Article(Guid.CreateVersion7(), Side(before), Side(after), At).Type, Is.EqualTo(type));
    }
}
