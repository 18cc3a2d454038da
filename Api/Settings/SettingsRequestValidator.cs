using System.Text.RegularExpressions;
using Cms.Api.Hosting;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Settings;
using FluentValidation;

namespace Cms.Api.Settings;

/// <summary>The field rules of the site's settings.</summary>
public sealed partial class SettingsRequestValidator : AbstractValidator<SettingsRequest>
{
    private static readonly string[] AuthorPlaceholders = ["slug", "id"];

    /// <summary>Sets up the rules.</summary>
    public SettingsRequestValidator()
    {
        RuleFor(s => s.SiteName).Cascade(CascadeMode.Stop).NotEmpty().Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("must not be blank").Line(200);
        RuleFor(s => s.BaseUrl).WebAddress()
            .Must(url => url is null || (!url.Contains('?', StringComparison.Ordinal) && !url.Contains('#', StringComparison.Ordinal)))
            .WithMessage("must not have a query or a fragment");
        RuleFor(s => s.ArticleUrlTemplate).Must(t => UrlTemplate.Problem(t, ArticleLinks.Placeholders, ArticleLinks.Identifying) is null)
            .WithMessage((_, t) => UrlTemplate.Problem(t, ArticleLinks.Placeholders, ArticleLinks.Identifying) ?? "");
        RuleFor(s => s.AuthorUrlTemplate).Must(t => t is null || UrlTemplate.Problem(t, AuthorPlaceholders, AuthorPlaceholders) is null)
            .WithMessage((_, t) => UrlTemplate.Problem(t ?? "", AuthorPlaceholders, AuthorPlaceholders) ?? "");
        RuleFor(s => s.DefaultLanguage).Must(l => LanguageTag.Normalize(l) is not null).WithMessage("must be a BCP 47 language tag such as 'fr' or 'en-GB'");
        RuleFor(s => s.DefaultShareImage).WebAddress();
        RuleFor(s => s.PublisherName).Line(200);
        RuleFor(s => s.PublisherLogo).WebAddress();
        RuleFor(s => s.XHandle).Must(h => h is null || XHandle().IsMatch(h)).WithMessage("must be an X handle: '@' then 1 to 15 letters, digits or underscores");
        RuleFor(s => s.FacebookAppId).Must(id => id is null || FacebookAppId().IsMatch(id)).WithMessage("must be 1 to 20 digits");
        RuleFor(s => s.ShareNetworks).Must(n => n is null || n.Count <= ShareNetworkNames.ByName.Count).WithMessage("may name each network once at most")
            .Must(n => n is null || n.Distinct(StringComparer.Ordinal).Count() == n.Count).WithMessage("names a network twice");
        RuleForEach(s => s.ShareNetworks).Must(name => name is not null && ShareNetworkNames.Parse(name) is not null)
            .WithMessage($"must be one of {string.Join(", ", ShareNetworkNames.ByName.Keys)}");
        RuleFor(s => s.MastodonInstance).Must(host => host is null || (host.Length <= 253 && host.Contains('.', StringComparison.Ordinal)
                && Uri.CheckHostName(host) == UriHostNameType.Dns))
            .WithMessage("must be a server's host name, such as 'mastodon.social'");
        RuleFor(s => s.FeedContent).IsInEnum();
    }

    [GeneratedRegex("^@?[A-Za-z0-9_]{1,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex XHandle();

    [GeneratedRegex("^[0-9]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex FacebookAppId();
}
