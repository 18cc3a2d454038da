using System.Text;

namespace Cms.Domain.Common;

/// <summary>Unicode normalization of any text a request can carry.</summary>
public static class UnicodeForms
{
    /// <summary>
    /// <paramref name="text"/> in <paramref name="form"/>. U+FFFE, a noncharacter that JSON may carry but .NET's normalization
    /// refuses, is no letter and is read as a space.
    /// </summary>
    public static string Of(string text, NormalizationForm form) => text.Replace('\uFFFE', ' ').Normalize(form);
}
