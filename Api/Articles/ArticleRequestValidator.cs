using Cms.Api.Hosting;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using FluentValidation;

namespace Cms.Api.Articles;

/// <summary>The field rules of an article.</summary>
public sealed class ArticleRequestValidator : AbstractValidator<ArticleRequest>
{
    /// <summary>Sets up the rules.</summary>
    public ArticleRequestValidator()
    {
        RuleFor(a => a.Title).Cascade(CascadeMode.Stop).NotEmpty().Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("must not be blank").Line(300);
        RuleFor(a => a.Body).Text(500_000);
        RuleFor(a => a.Language).Must(l => LanguageTag.Normalize(l) is not null).WithMessage("must be a BCP 47 language tag such as 'fr' or 'en-GB'");
        RuleFor(a => a.Slug).Slug();
        RuleFor(a => a.Subtitle).Line(500);
        RuleFor(a => a.Excerpt).Text(1000);
        RuleFor(a => a.Authors).Keys(20);
        RuleFor(a => a.Tags).Keys(30);
        RuleFor(a => a.CanonicalUrl).WebAddress();
        RuleFor(a => a.FeatureImage!).ChildRules(image =>
        {
            image.RuleFor(i => i.Url).WebAddress();
            image.RuleFor(i => i.Alt).Line(500);
            image.RuleFor(i => i.Caption).Text(1000);
            image.RuleFor(i => i.Credit).Line(300);
            image.RuleFor(i => i.Width).InclusiveBetween(1, 20_000);
            image.RuleFor(i => i.Height).InclusiveBetween(1, 20_000);
        }).When(a => a.FeatureImage is not null);
        RuleFor(a => a.Share!).ChildRules(share =>
        {
            share.RuleFor(s => s.MetaTitle).Line(300);
            share.RuleFor(s => s.MetaDescription).Line(1000);
            share.RuleFor(s => s.OgTitle).Line(300);
            share.RuleFor(s => s.OgDescription).Line(1000);
            share.RuleFor(s => s.OgImage).WebAddress();
            share.RuleFor(s => s.TwitterTitle).Line(300);
            share.RuleFor(s => s.TwitterDescription).Line(1000);
            share.RuleFor(s => s.TwitterImage).WebAddress();
            share.RuleFor(s => s.TwitterCard).Must(card => card is null || ShareMetadata.TwitterCards.Contains(card))
                .WithMessage("must be 'summary' or 'summary_large_image'");
            share.RuleFor(s => s.Hashtags).Must(tags => tags is null || tags.Count <= 30).WithMessage("may hold at most 30 hashtags");
            share.RuleForEach(s => s.Hashtags).Must(tag => tag is not null && Hashtag.Problem(tag) is null)
                .WithMessage((_, tag) => tag is null ? "must not be null" : Hashtag.Problem(tag) ?? "");
        }).When(a => a.Share is not null);
    }
}
