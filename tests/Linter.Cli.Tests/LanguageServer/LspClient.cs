using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Linter.Cli.LanguageServer;
using Linter.Cli.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>
/// A protocol-level client for the tests: it starts the real <c>stmtlint lsp</c> process and talks
/// to it with StreamJsonRpc over the process's standard input and output, as an editor does. It
/// records what the server sends unasked (diagnostics, messages, its own requests) for the tests to
/// wait for.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(LspJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    private readonly Process _process;
    private readonly JsonRpc _rpc;
    private readonly Lock _lock = new();
    private readonly List<PublishDiagnosticsParams> _diagnostics = [];
    private readonly List<ShowMessageParams> _messages = [];
    private readonly List<ShowMessageParams> _logs = [];
    private readonly List<(string Method, JsonElement Parameters)> _serverRequests = [];
    private readonly StringBuilder _stderr = new();
    private readonly Stream _input;

    private LspClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = Json };
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(_input, process.StandardOutput.BaseStream, formatter));
        Handle("textDocument/publishDiagnostics", new Action<JsonElement>(p => Add(_diagnostics, p.Deserialize<PublishDiagnosticsParams>(Json)!)));
        Handle("window/showMessage", new Action<JsonElement>(p => Add(_messages, p.Deserialize<ShowMessageParams>(Json)!)));
        Handle("window/logMessage", new Action<JsonElement>(p => Add(_logs, p.Deserialize<ShowMessageParams>(Json)!)));
        foreach (var method in new[] { "client/registerCapability", "window/showDocument", "workspace/diagnostic/refresh" })
        {
            Handle(method, new Func<JsonElement, JsonElement>(p =>
            {
                Add(_serverRequests, (method, p.Clone()));
                return JsonSerializer.SerializeToElement(method == "window/showDocument" ? new { success = true } : null, Json);
            }));
        }

        _rpc.StartListening();
    }

    public int ProcessId => _process.Id;

    /// <summary>The error code of the error response <paramref name="request"/> gets (StreamJsonRpc raises method-not-found and invalid-params as one exception type).</summary>
    public static async Task<int> ErrorCodeAsync(Func<Task> request)
    {
        try
        {
            await request();
        }
        catch (RemoteMethodNotFoundException e)
        {
            return (int)e.ErrorCode;
        }
        catch (RemoteInvocationException e)
        {
            return e.ErrorCode;
        }

        throw new InvalidOperationException("the request succeeded");
    }

    public Process Process => _process;

    public string Stderr
    {
        get
        {
            lock (_lock)
            {
                return _stderr.ToString();
            }
        }
    }

    public IReadOnlyList<ShowMessageParams> Messages => Snapshot(_messages);

    public IReadOnlyList<ShowMessageParams> Logs => Snapshot(_logs);

    public IReadOnlyList<PublishDiagnosticsParams> Published => Snapshot(_diagnostics);

    public IReadOnlyList<(string Method, JsonElement Parameters)> ServerRequests => Snapshot(_serverRequests);

    /// <summary>Starts <c>stmtlint lsp</c> in <paramref name="currentDirectory"/>: the managed build of this test run, or <paramref name="executable"/>.</summary>
    public static LspClient Start(string currentDirectory, string? executable = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(executable ?? "dotnet")
        {
            WorkingDirectory = currentDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (executable is null)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "stmtlint.dll"));
        }

        start.ArgumentList.Add("lsp");
        start.Environment.Remove("STMTLINT_NO_CODE_RULES");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("stmtlint lsp did not start");
        var client = new LspClient(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (client._lock)
                {
                    client._stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return client;
    }

    /// <summary>Sends <c>initialize</c> and <c>initialized</c>, with <paramref name="root"/> as the workspace folder.</summary>
    public async Task<InitializeResult> InitializeAsync(string root, object? capabilities = null, object? initializationOptions = null, int? processId = null)
    {
        var result = await RequestAsync<InitializeResult>("initialize", new
        {
            processId = processId ?? Environment.ProcessId,
            rootUri = FileUris.FromPath(root),
            workspaceFolders = new[] { new { uri = FileUris.FromPath(root), name = "root" } },
            capabilities = capabilities ?? new { },
            initializationOptions,
        });
        await NotifyAsync("initialized", new { });
        return result;
    }

    public async Task<T> RequestAsync<T>(string method, object? parameters = null)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var result = await _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, Named(parameters), null, timeout.Token);
        return result.Deserialize<T>(Json)!;
    }

    public Task NotifyAsync(string method, object? parameters = null) => _rpc.NotifyWithParameterObjectAsync(method, Named(parameters), null);

    /// <summary>Opens <paramref name="path"/> with <paramref name="text"/>; returns its URI.</summary>
    public async Task<string> OpenAsync(string path, string text, int version = 1, string languageId = "plaintext")
    {
        var uri = FileUris.FromPath(path);
        await NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } });
        return uri;
    }

    /// <summary>Replaces the whole text.</summary>
    public Task ReplaceAsync(string uri, int version, string text) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    /// <summary>Replaces a range (in the negotiated encoding).</summary>
    public Task EditAsync(string uri, int version, int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new[] { new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text } },
        });

    /// <summary>The first diagnostics published for <paramref name="uri"/> (at <paramref name="version"/>, when given) since the <paramref name="after"/>-th publication.</summary>
    public async Task<PublishDiagnosticsParams> DiagnosticsAsync(string uri, int? version = null, int after = 0, TimeSpan? timeout = null)
    {
        var found = await WaitForAsync(() => Published.Skip(after).FirstOrDefault(p => p.Uri == uri && (version is null || p.Version == version)), timeout);
        return found ?? throw new TimeoutException($"no diagnostics for {uri} (version {version}) in {timeout ?? Timeout}; stderr:\n{Stderr}");
    }

    /// <summary>Waits until <paramref name="probe"/> gives something, up to <see cref="Timeout"/>; null if it never does.</summary>
    public static async Task<T?> WaitForAsync<T>(Func<T?> probe, TimeSpan? timeout = null)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < (timeout ?? Timeout))
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(5);
        }

        return probe();
    }

    /// <summary>Writes one frame of raw bytes, for malformed messages.</summary>
    public async Task SendRawAsync(byte[] body, string? header = null)
    {
        var frame = Encoding.ASCII.GetBytes(header ?? $"Content-Length: {body.Length}\r\n\r\n");
        await _input.WriteAsync(frame);
        await _input.WriteAsync(body);
        await _input.FlushAsync();
    }

    /// <summary><c>shutdown</c>, <c>exit</c>, and the process's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        await RequestAsync<JsonElement>("shutdown");
        await NotifyAsync("exit");
        return await ExitCodeAsync();
    }

    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>The resident memory of the server process, from /proc (Linux).</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException("no VmRSS");
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>Server-to-client messages carry one object of parameters, handed whole to <paramref name="handler"/>.</summary>
    private void Handle(string method, Delegate handler) =>
        _rpc.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    private static Dictionary<string, object?>? Named(object? parameters)
    {
        if (parameters is null)
        {
            return null;
        }

        var element = JsonSerializer.SerializeToElement(parameters, parameters.GetType(), Json);
        return element.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal);
    }

    private void Add<T>(List<T> list, T item)
    {
        lock (_lock)
        {
            list.Add(item);
        }
    }

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (_lock)
        {
            return [.. list];
        }
    }
}
