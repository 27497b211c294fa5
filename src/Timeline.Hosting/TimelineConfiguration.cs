using Microsoft.Extensions.Configuration;

namespace Timeline.Hosting;

/// <summary>Configuration sources shared by the executables.</summary>
public static class TimelineConfiguration
{
    /// <summary>
    /// Adds <c>appsettings.json</c> beside the executable as the lowest-precedence source, so an
    /// installed binary finds its settings wherever it is started from; the working directory's
    /// <c>appsettings.json</c>, environment variables (<c>Timeline__*</c>) and the command line still win.
    /// </summary>
    public static IConfigurationManager AddAppSettingsBesideExecutable(this IConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var source = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource { Path = path, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        configuration.Sources.Insert(0, source);
        return configuration;
    }
}
