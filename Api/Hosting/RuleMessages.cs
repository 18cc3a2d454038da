using FluentValidation;
using FluentValidation.Resources;

namespace Cms.Api.Hosting;

/// <summary>
/// The messages of FluentValidation's own rules in the API's form, as the CMS's own rules write theirs: what the value must be,
/// without the field's name (the problem names it) or a full stop.
/// </summary>
public static class RuleMessages
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        ["NotEmptyValidator"] = "must not be empty",
        ["NotNullValidator"] = "is required",
        ["MaximumLengthValidator"] = "must be at most {MaxLength} characters long; it has {TotalLength}",
        ["EmailValidator"] = "must be an email address",
        ["InclusiveBetweenValidator"] = "must be from {From} to {To}",
    };

    /// <summary>Puts the messages in place, once per process.</summary>
    public static void Use()
    {
        var english = new LanguageManager { Enabled = false };
        foreach (var (rule, message) in Messages) english.AddTranslation("en", rule, message);
        ValidatorOptions.Global.LanguageManager = english;
    }
}
