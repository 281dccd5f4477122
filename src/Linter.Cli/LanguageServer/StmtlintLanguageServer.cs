using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Linter.Analysis;
using Linter.Analysis.IO;
using Linter.Cli.Formatters;
using Linter.Cli.LanguageServer.Protocol;
using Linter.Cli.Linting;
using Linter.CustomRules;
using StreamJsonRpc;
using LintDiagnostic = Linter.Analysis.Diagnostic;
using LspDiagnostic = Linter.Cli.LanguageServer.Protocol.Diagnostic;
using Location = Linter.Cli.LanguageServer.Protocol.Location;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// <c>stmtlint lsp</c>: a Language Server Protocol server over a pair of streams. It is a front end
/// over <see cref="LintWorkspace"/>, the same configuration plans and per-document step as
/// <c>check</c>, and adds only what an editor needs: document versions, debounced and cancelled
/// linting, position encodings, code actions, hovers, the outline and configuration reloads.
/// </summary>
/// <remarks>
/// Notifications run on StreamJsonRpc's dispatch, one at a time and in order; linting runs on the
/// thread pool, and a result is used only while its document is still at the version linted.
/// Every message that fails is answered with an error or logged; none ends the server.
/// </remarks>
internal sealed class StmtlintLanguageServer : IDisposable
{
    /// <summary>How long typing must pause before a change is linted.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(150);

    public const string ShowConfigurationCommand = "stmtlint.showConfiguration";
    public const string ShowDocumentationCommand = "stmtlint.showDocumentation";
    public const string DiagnosticSource = "stmtlint";

    private static readonly LspJsonContext s_json = LspJsonContext.Default;
    private static readonly JsonElement s_null = JsonDocument.Parse("null").RootElement;

    private readonly JsonRpc _rpc;
    private readonly LanguageServerOptions _options;
    private readonly Lock _lock = new();
    private readonly Lock _reportLock = new();
    private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _said = new(StringComparer.Ordinal);
    private readonly HashSet<string> _configurationFilesWithDiagnostics = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ServerState _state;
    private PositionEncoding _encoding = PositionEncoding.Utf16;
    private bool _pull;
    private bool _showDocument;
    private bool _watchDynamically;
    private string[] _roots = [];
    private LintWorkspace? _workspace;
    private int _generation;
    private string _reportedConfigurationErrors = "";
    private ParentProcessWatch? _parent;
    private System.IO.FileSystemWatcher? _watcher;
    private Timer? _reloadTimer;

    public StmtlintLanguageServer(Stream input, Stream output, LanguageServerOptions options)
    {
        _options = options;
        var formatter = CreateFormatter();
        _rpc = new JsonRpc(new LspMessageHandler(output, input, formatter, Log));
        Register();
    }

    private enum ServerState
    {
        Uninitialized,
        Running,
        ShutDown,
    }

    private PositionEncoding Encoding => _encoding;

    /// <summary>Serves until <c>exit</c>, the end of the input or the parent's death; returns the exit code the protocol asks for (0 after <c>shutdown</c>, else 1).</summary>
    public async Task<int> RunAsync()
    {
        _rpc.StartListening();
        var ended = await Task.WhenAny(_exit.Task, _rpc.Completion).ConfigureAwait(false);
        if (ended == _exit.Task)
        {
            return await _exit.Task.ConfigureAwait(false);
        }

        // The input ended without exit: the editor has gone.
        return _state == ServerState.ShutDown ? 0 : 1;
    }

    public void Dispose()
    {
        _parent?.Dispose();
        _watcher?.Dispose();
        _reloadTimer?.Dispose();
        lock (_lock)
        {
            foreach (var pending in _pending.Values)
            {
                pending.Cancel();
                pending.Dispose();
            }

            _pending.Clear();
        }

        _rpc.Dispose();
    }

    // SystemTextJsonFormatter is marked as needing reflection for the types it is not told about; every type the server sends or reads is in LspJsonContext, and StreamJsonRpc's own in its built-in context.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every user type is in the source-generated LspJsonContext.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every user type is in the source-generated LspJsonContext.")]
    private static SystemTextJsonFormatter CreateFormatter() => new()
    {
        JsonSerializerOptions = { TypeInfoResolver = s_json },
    };

    private void Register()
    {
        Request("initialize", s_json.InitializeParams, s_json.InitializeResult, Initialize, allowedBeforeInitialize: true);
        Request<JsonElement, JsonElement>("shutdown", null, s_json.JsonElement, (_, _) => Task.FromResult(Shutdown()));
        Request("textDocument/diagnostic", s_json.DocumentDiagnosticParams, s_json.DocumentDiagnosticReport, PullDiagnosticsAsync);
        Request("textDocument/codeAction", s_json.CodeActionParams, s_json.CodeActionArray, CodeActionsAsync);
        Request("textDocument/hover", s_json.TextDocumentPositionParams, s_json.Hover, HoverAsync);
        Request("textDocument/documentSymbol", s_json.DocumentSymbolParams, s_json.DocumentSymbolArray, OutlineAsync);
        Request("textDocument/definition", s_json.TextDocumentPositionParams, s_json.LocationArray, DefinitionAsync);
        Request("textDocument/references", s_json.ReferenceParams, s_json.LocationArray, ReferencesAsync);
        Request("workspace/executeCommand", s_json.ExecuteCommandParams, s_json.JsonElement, ExecuteCommandAsync);

        Notification<JsonElement>("initialized", null, _ => Initialized());
        Notification<JsonElement>("exit", null, _ => Exit(), allowedBeforeInitialize: true);
        Notification("textDocument/didOpen", s_json.DidOpenTextDocumentParams, DidOpen);
        Notification("textDocument/didChange", s_json.DidChangeTextDocumentParams, DidChange);
        Notification("textDocument/didSave", s_json.DidSaveTextDocumentParams, DidSave);
        Notification("textDocument/didClose", s_json.DidCloseTextDocumentParams, DidClose);
        Notification("workspace/didChangeWatchedFiles", s_json.DidChangeWatchedFilesParams, DidChangeWatchedFiles);

        // Sent by clients whatever the server says it supports; nothing to do with them.
        Notification<JsonElement>("workspace/didChangeConfiguration", null, _ => { });
        Notification<JsonElement>("$/setTrace", null, _ => { });
    }

    private void Request<TParams, TResult>(
        string method,
        JsonTypeInfo<TParams>? parameters,
        JsonTypeInfo<TResult> result,
        Func<TParams, CancellationToken, Task<TResult>> handler,
        bool allowedBeforeInitialize = false)
    {
        var endpoint = new RequestEndpoint(async (json, cancellationToken) =>
        {
            var state = _state;
            if (state == ServerState.Uninitialized && !allowedBeforeInitialize)
            {
                throw Error(ErrorCodes.ServerNotInitialized, $"'{method}' before 'initialize'");
            }

            if (state == ServerState.ShutDown)
            {
                throw Error(ErrorCodes.InvalidRequest, $"'{method}' after 'shutdown'");
            }

            var read = Read(method, json, parameters, ErrorCodes.InvalidParams);
            try
            {
                var value = await handler(read, cancellationToken).ConfigureAwait(false);
                return value is null ? s_null : JsonSerializer.SerializeToElement(value, result);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (LocalRpcException)
            {
                throw;
            }
#pragma warning disable CA1031 // A failing handler is answered with an error; the server goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Log($"'{method}' failed: {e}");
                throw Error(ErrorCodes.InternalError, $"'{method}' failed: {e.GetType().Name}: {e.Message}");
            }
        });
        _rpc.AddLocalRpcMethod(RequestMethod, endpoint, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
    }

    private void Notification<TParams>(string method, JsonTypeInfo<TParams>? parameters, Action<TParams> handler, bool allowedBeforeInitialize = false)
    {
        var endpoint = new NotificationEndpoint(json =>
        {
            var state = _state;
            if ((state == ServerState.Uninitialized && !allowedBeforeInitialize) || (state == ServerState.ShutDown && method != "exit"))
            {
                // The protocol drops notifications before initialize and after shutdown.
                return;
            }

            try
            {
                handler(Read(method, json, parameters, ErrorCodes.InvalidParams));
            }
#pragma warning disable CA1031 // A notification has no answer: a failure is logged and the server goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Log($"'{method}' failed: {e.Message}");
            }
        });
        _rpc.AddLocalRpcMethod(NotificationMethod, endpoint, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
    }

    private static System.Reflection.MethodInfo RequestMethod { get; } =
        typeof(RequestEndpoint).GetMethod(nameof(RequestEndpoint.InvokeAsync)) ?? throw new InvalidOperationException("RequestEndpoint.InvokeAsync is missing");

    private static System.Reflection.MethodInfo NotificationMethod { get; } =
        typeof(NotificationEndpoint).GetMethod(nameof(NotificationEndpoint.Invoke)) ?? throw new InvalidOperationException("NotificationEndpoint.Invoke is missing");

    private static T Read<T>(string method, JsonElement? json, JsonTypeInfo<T>? info, int errorCode)
    {
        if (info is null)
        {
            return default!;
        }

        if (json is not { ValueKind: JsonValueKind.Object } element)
        {
            throw Error(errorCode, $"'{method}' needs an object of parameters");
        }

        try
        {
            return element.Deserialize(info) ?? throw Error(errorCode, $"'{method}' needs an object of parameters");
        }
        catch (JsonException e)
        {
            throw Error(errorCode, $"the parameters of '{method}' are not valid: {e.Message}");
        }
    }

    private static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };

    // ---- Lifecycle ----

    private Task<InitializeResult> Initialize(InitializeParams parameters, CancellationToken cancellationToken)
    {
        if (_state != ServerState.Uninitialized)
        {
            throw Error(ErrorCodes.InvalidRequest, "'initialize' was already sent");
        }

        var capabilities = parameters.Capabilities;
        _encoding = PositionEncoding.Negotiate(capabilities.General?.PositionEncodings);
        _pull = capabilities.TextDocument?.Diagnostic is not null;
        _showDocument = capabilities.Window?.ShowDocument?.Support ?? false;
        _roots = Roots(parameters);
        var options = ReadInitializationOptions(parameters.InitializationOptions);
        var allowCode = options.CodeRules && !_options.Environment.NoCodeRules && CodeRuleSupport.IsSupported;
        if (options.CodeRules && !CodeRuleSupport.IsSupported)
        {
            SayOnce("native", MessageType.Warning, "stmtlint: this is the native build, which cannot run C# rules; start the managed build (managed/stmtlint lsp) to run them.");
        }

        _workspace = new LintWorkspace(_roots.Length > 0 ? _roots[0] : _options.CurrentDirectory, explicitConfigPath: null, new CustomRuleLoadOptions
        {
            AllowCodeRules = allowCode,
            CompiledRuleCache = allowCode ? Caching.UserCache.CompiledRules(_options.Environment) : null,
        });

        if (parameters.ProcessId is { } processId)
        {
            _parent = new ParentProcessWatch(processId, _options.ParentPollInterval, () => _exit.TrySetResult(1));
        }

        _watchDynamically = capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration ?? false;
        _state = ServerState.Running;
        return Task.FromResult(new InitializeResult
        {
            Capabilities = new ServerCapabilities
            {
                PositionEncoding = _encoding.Kind,
                TextDocumentSync = new TextDocumentSyncOptions { OpenClose = true, Change = TextDocumentSyncKind.Incremental, Save = new SaveOptions { IncludeText = false } },
                DiagnosticProvider = _pull ? new DiagnosticOptions { Identifier = DiagnosticSource, InterFileDependencies = false, WorkspaceDiagnostics = false } : null,
                CodeActionProvider = new CodeActionOptions { CodeActionKinds = [CodeActionKind.QuickFix, CodeActionKind.SourceFixAllStmtlint] },
                HoverProvider = true,
                DocumentSymbolProvider = true,
                DefinitionProvider = true,
                ReferencesProvider = true,
                ExecuteCommandProvider = new ExecuteCommandOptions { Commands = [ShowConfigurationCommand, ShowDocumentationCommand] },
            },
            ServerInfo = new ServerInfo { Name = ToolInfo.Name, Version = ToolInfo.Version },
        });
    }

    private void Initialized()
    {
        if (_watchDynamically)
        {
            // The client watches configuration and rule files for the server.
            var registration = new RegistrationParams
            {
                Registrations =
                [
                    new Registration
                    {
                        Id = "stmtlint-configuration",
                        Method = "workspace/didChangeWatchedFiles",
                        RegisterOptions = new DidChangeWatchedFilesRegistrationOptions
                        {
                            Watchers =
                            [
                                new Protocol.FileSystemWatcher { GlobPattern = "**/.stmtlint.{yaml,yml}" },
                                new Protocol.FileSystemWatcher { GlobPattern = "**/.editorconfig" },
                                new Protocol.FileSystemWatcher { GlobPattern = "**/*.{yaml,yml,cs}" },
                            ],
                        },
                    },
                ],
            };
            _ = SendRequestAsync("client/registerCapability", registration, s_json.RegistrationParams);
        }
        else
        {
            WatchFolders();
        }
    }

    private JsonElement Shutdown()
    {
        _state = ServerState.ShutDown;
        lock (_lock)
        {
            foreach (var pending in _pending.Values)
            {
                pending.Cancel();
            }
        }

        return s_null;
    }

    private void Exit() => _exit.TrySetResult(_state == ServerState.ShutDown ? 0 : 1);

    private string[] Roots(InitializeParams parameters)
    {
        var roots = new List<string>();
        foreach (var folder in parameters.WorkspaceFolders ?? [])
        {
            if (FileUris.ToPath(folder.Uri) is { } path)
            {
                roots.Add(Path.TrimEndingDirectorySeparator(path));
            }
        }

        if (roots.Count == 0 && parameters.RootUri is { } rootUri && FileUris.ToPath(rootUri) is { } root)
        {
            roots.Add(Path.TrimEndingDirectorySeparator(root));
        }

        if (roots.Count == 0 && parameters.RootPath is { Length: > 0 } rootPath)
        {
            roots.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath)));
        }

        // A client with no folder open: the folder the server was started in stands for the workspace, as check's current directory does.
        if (roots.Count == 0)
        {
            roots.Add(Path.TrimEndingDirectorySeparator(_options.CurrentDirectory));
        }

        return [.. roots];
    }

    private ServerInitializationOptions ReadInitializationOptions(JsonElement? json)
    {
        if (json is not { ValueKind: JsonValueKind.Object } element)
        {
            return new ServerInitializationOptions();
        }

        try
        {
            return element.Deserialize(s_json.ServerInitializationOptions) ?? new ServerInitializationOptions();
        }
        catch (JsonException e)
        {
            SayOnce("options", MessageType.Warning, $"stmtlint: initializationOptions ignored: {e.Message}");
            return new ServerInitializationOptions();
        }
    }

    // ---- Documents ----

    private void DidOpen(DidOpenTextDocumentParams parameters)
    {
        var item = parameters.TextDocument;
        var path = FileUris.ToPath(item.Uri);
        var inside = path is not null && _roots.Any(r => FileUris.IsInside(path, r));
        var document = new OpenDocument(item.Uri, inside ? path : null, item.LanguageId, item.Version, item.Text);
        lock (_lock)
        {
            _documents[item.Uri] = document;
        }

        Schedule(document, TimeSpan.Zero);
    }

    private void DidChange(DidChangeTextDocumentParams parameters)
    {
        OpenDocument changed;
        lock (_lock)
        {
            if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var document))
            {
                Log($"didChange for a document that is not open: {parameters.TextDocument.Uri}");
                return;
            }

            var text = document.Text;
            foreach (var change in parameters.ContentChanges)
            {
                text = Apply(text, change);
            }

            changed = document.WithText(parameters.TextDocument.Version, text);
            _documents[document.Uri] = changed;
        }

        Schedule(changed, _options.Debounce);
    }

    private string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is not { } range)
        {
            return change.Text;
        }

        var lines = new LineMap(text);
        var start = lines.ToOffset(range.Start, Encoding);
        var end = Math.Max(start, lines.ToOffset(range.End, Encoding));
        return string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
    }

    private void DidSave(DidSaveTextDocumentParams parameters)
    {
        OpenDocument? document;
        lock (_lock)
        {
            _documents.TryGetValue(parameters.TextDocument.Uri, out document);
        }

        if (document is not null)
        {
            // Saved text is linted at once: nothing is typed after a save.
            Schedule(document, TimeSpan.Zero);
        }
    }

    private void DidClose(DidCloseTextDocumentParams parameters)
    {
        var uri = parameters.TextDocument.Uri;
        lock (_lock)
        {
            _documents.Remove(uri);
            if (_pending.Remove(uri, out var pending))
            {
                pending.Cancel();
                pending.Dispose();
            }
        }

        if (!_pull)
        {
            Publish(uri, null, []);
        }
    }

    // ---- Diagnostics ----

    /// <summary>Lints <paramref name="document"/> after <paramref name="delay"/>, unless a newer version comes first; then publishes (push mode).</summary>
    private void Schedule(OpenDocument document, TimeSpan delay)
    {
        CancellationToken token;
        lock (_lock)
        {
            if (_pending.Remove(document.Uri, out var previous))
            {
                previous.Cancel();
                previous.Dispose();
            }

            var source = new CancellationTokenSource();
            _pending[document.Uri] = source;
            token = source.Token;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, token).ConfigureAwait(false);
                }

                var diagnostics = DiagnosticsOf(document, token);
                if (diagnostics is null || _pull)
                {
                    return;
                }

                lock (_lock)
                {
                    if (token.IsCancellationRequested || !IsCurrent(document))
                    {
                        return;
                    }
                }

                Publish(document.Uri, document.Version, diagnostics.Sent);
            }
            catch (OperationCanceledException)
            {
                // A newer version, a close or shutdown: its own lint publishes.
            }
#pragma warning disable CA1031 // A failed lint is logged; the next change lints again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Log($"linting {document.Uri} failed: {e}");
            }
        }, CancellationToken.None);
    }

    private bool IsCurrent(OpenDocument document) =>
        _documents.TryGetValue(document.Uri, out var current) && ReferenceEquals(current, document);

    /// <summary>The diagnostics of <paramref name="document"/>'s version: those already known, or found now.</summary>
    private DocumentDiagnostics? DiagnosticsOf(OpenDocument document, CancellationToken cancellationToken)
    {
        var generation = Volatile.Read(ref _generation);
        if (document.Diagnostics is { } known && known.Generation == generation)
        {
            return known;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var found = Lint(document, generation, cancellationToken);
        document.Diagnostics = found;

        // The editor's LSP log shows each lint: which version, how long it took.
        Log($"linted {document.Uri} version {document.Version}: {found.Sent.Length} diagnostics in {clock.Elapsed.TotalMilliseconds:0.0} ms");
        return found;
    }

    private DocumentDiagnostics Lint(OpenDocument document, int generation, CancellationToken cancellationToken)
    {
        var lines = document.Lines;
        if (document.FullPath is not { } path)
        {
            var reason = FileUris.ToPath(document.Uri) is null
                ? "it is not a file"
                : $"it is outside the workspace ({string.Join(", ", _roots)})";
            return Only(document, generation, $"stmtlint: not checked: {reason}.", DiagnosticSeverity.Information);
        }

        if (System.Text.Encoding.UTF8.GetByteCount(document.Text) > BoundedFile.DefaultMaxBytes)
        {
            return Only(document, generation, $"stmtlint: not checked: the document is larger than {BoundedFile.DefaultMaxBytes / (1024 * 1024)} MB, the most check reads.", DiagnosticSeverity.Warning);
        }

        var workspace = _workspace ?? throw new InvalidOperationException("not initialized");
        WorkspaceResult result;
        try
        {
            result = workspace.Lint(path, document.Text, cancellationToken);
            ReportProblems(result.Plan.Problems);
        }
#pragma warning disable CA1031 // Whatever fails inside the pipeline becomes a diagnostic on the document, not a dead server.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log($"linting {path} failed: {e}");
            return Only(document, generation, $"stmtlint: internal error: {e.GetType().Name}: {e.Message}", DiagnosticSeverity.Error);
        }

        if (result.Lint is not { } linted)
        {
            if (!result.Plan.HasErrors)
            {
                // Excluded by configuration: check would not lint it either.
                return new DocumentDiagnostics(document.Version, generation, [], [], []);
            }

            var problems = result.Plan.Problems;
            var count = problems.ConfigurationErrors.Length + problems.RuleFileErrors.Length;
            var first = problems.RuleFileErrors.IsEmpty ? problems.ConfigurationErrors[0].Path : problems.RuleFileErrors[0].Path;
            return Only(document, generation, $"stmtlint: not checked: {count} {(count == 1 ? "mistake" : "mistakes")} in the configuration or rule files that apply (first in {workspace.DisplayPath(first)}); check would stop on them too.", DiagnosticSeverity.Error);
        }

        document.RememberTree(linted.Tree, result.Plan.Configuration.Analysis);
        var reported = linted.Diagnostics.Where(d => d.Severity != Severity.Hidden).ToList();
        var sent = reported.Select(d => DiagnosticConverter.ToProtocol(d, lines, Encoding, document.Version)).ToArray();
        return new DocumentDiagnostics(document.Version, generation, linted.Diagnostics, sent, reported);
    }

    private static DocumentDiagnostics Only(OpenDocument document, int generation, string message, DiagnosticSeverity severity)
    {
        var diagnostic = new LspDiagnostic
        {
            Range = new Protocol.Range { Start = new Position { Line = 0, Character = 0 }, End = new Position { Line = 0, Character = 0 } },
            Severity = severity,
            Source = DiagnosticSource,
            Message = message,
        };
        return new DocumentDiagnostics(document.Version, generation, [], [diagnostic], []);
    }

    private void Publish(string uri, int? version, LspDiagnostic[] diagnostics) =>
        _ = SendNotificationAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams { Uri = uri, Version = version, Diagnostics = diagnostics }, s_json.PublishDiagnosticsParams);

    private async Task<DocumentDiagnosticReport> PullDiagnosticsAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        var document = Open(parameters.TextDocument.Uri);
        var diagnostics = await Task.Run(() => DiagnosticsOf(document, cancellationToken), cancellationToken).ConfigureAwait(false)
            ?? throw Error(ErrorCodes.RequestFailed, "no diagnostics");
        var resultId = $"{diagnostics.Version}.{diagnostics.Generation}";
        return parameters.PreviousResultId == resultId
            ? new DocumentDiagnosticReport { Kind = DocumentDiagnosticReportKind.Unchanged, ResultId = resultId }
            : new DocumentDiagnosticReport { Kind = DocumentDiagnosticReportKind.Full, ResultId = resultId, Items = diagnostics.Sent };
    }

    private OpenDocument Open(string uri)
    {
        lock (_lock)
        {
            return _documents.TryGetValue(uri, out var document)
                ? document
                : throw Error(ErrorCodes.InvalidParams, $"the document is not open: {uri}");
        }
    }

    // ---- Code actions, hovers, outline, navigation ----

    private async Task<CodeAction[]> CodeActionsAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        var document = Open(parameters.TextDocument.Uri);
        var diagnostics = await Task.Run(() => DiagnosticsOf(document, cancellationToken), cancellationToken).ConfigureAwait(false);
        return diagnostics is null ? [] : CodeActions.For(document, diagnostics, parameters, Encoding);
    }

    private async Task<Hover?> HoverAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var document = Open(parameters.TextDocument.Uri);
        var offset = document.Lines.ToOffset(parameters.Position, Encoding);
        var diagnostics = await Task.Run(() => DiagnosticsOf(document, cancellationToken), cancellationToken).ConfigureAwait(false);
        var tree = TreeOf(document);
        return Hovers.At(document, diagnostics, tree, offset, Encoding);
    }

    private Task<DocumentSymbol[]> OutlineAsync(DocumentSymbolParams parameters, CancellationToken cancellationToken)
    {
        var document = Open(parameters.TextDocument.Uri);
        return Task.Run(() => TreeOf(document) is { } tree ? Outline.Of(tree, document.Lines, Encoding) : [], cancellationToken);
    }

    private Task<Location[]> DefinitionAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var document = Open(parameters.TextDocument.Uri);
        return Task.Run(() => TreeOf(document) is { } tree
            ? ClaimNavigation.Answer(tree, document, document.Lines.ToOffset(parameters.Position, Encoding), Encoding)
            : [], cancellationToken);
    }

    private Task<Location[]> ReferencesAsync(ReferenceParams parameters, CancellationToken cancellationToken)
    {
        var document = Open(parameters.TextDocument.Uri);
        return Task.Run(() => TreeOf(document) is { } tree
            ? ClaimNavigation.ClaimsOfSource(tree, document, document.Lines.ToOffset(parameters.Position, Encoding), Encoding)
            : [], cancellationToken);
    }

    /// <summary>The tree and semantic model of the document's version, or null when it is not linted (outside the workspace).</summary>
    private DocumentTree? TreeOf(OpenDocument document)
    {
        if (document.FullPath is not { } path || _workspace is not { } workspace)
        {
            return null;
        }

        return document.Tree(() => (workspace.Parse(path, document.Text), workspace.PlanFor(path).Configuration.Analysis));
    }

    private async Task<JsonElement> ExecuteCommandAsync(ExecuteCommandParams parameters, CancellationToken cancellationToken)
    {
        var argument = parameters.Arguments is [{ ValueKind: JsonValueKind.String } first, ..] ? first.GetString() : null;
        switch (parameters.CommandIdentifier)
        {
            case ShowConfigurationCommand:
            {
                var path = argument is null ? null : FileUris.ToPath(argument);
                if (path is null || _workspace is null)
                {
                    throw Error(ErrorCodes.InvalidParams, $"{ShowConfigurationCommand} takes the URI of a file");
                }

                var report = await Task.Run(() => ConfigurationReports.For(_workspace, path), cancellationToken).ConfigureAwait(false);
                _ = SendNotificationAsync("window/showMessage", new ShowMessageParams { Type = MessageType.Info, Message = report.Text }, s_json.ShowMessageParams);
                return JsonSerializer.SerializeToElement(report, s_json.ConfigurationReport);
            }

            case ShowDocumentationCommand:
            {
                var descriptor = RulePages.Find(argument)
                    ?? throw Error(ErrorCodes.InvalidParams, $"{ShowDocumentationCommand} takes a rule ID; '{argument}' is none");
                var page = RuleDocumentation.FindPage(descriptor, rule: null);
                var href = ToolInfo.HelpUri(descriptor.HelpLink);

                if (_showDocument && href is not null)
                {
                    _ = SendRequestAsync("window/showDocument", new ShowDocumentParams { Uri = href, External = true }, s_json.ShowDocumentParams);
                }
                else
                {
                    _ = SendNotificationAsync("window/showMessage", new ShowMessageParams { Type = MessageType.Info, Message = $"{descriptor.Id} {descriptor.Name}: {descriptor.Title}" + (href is null ? "" : $" — {href}") }, s_json.ShowMessageParams);
                }

                return JsonSerializer.SerializeToElement(page ?? descriptor.Title, s_json.String);
            }

            default:
                throw Error(ErrorCodes.InvalidParams, $"unknown command '{parameters.CommandIdentifier}'");
        }
    }

    // ---- Configuration ----

    /// <summary>Shows configuration and rule-file mistakes (as diagnostics on those files and a message) and C# files skipped, each once.</summary>
    private void ReportProblems(ConfigurationProblems problems)
    {
        foreach (var skipped in problems.SkippedCodeFiles)
        {
            SayOnce("skipped:" + skipped, MessageType.Warning,
                $"stmtlint: the C# rule file '{skipped}' is neither compiled nor run in the editor; set initializationOptions.codeRules = true to run it (YAML rules always run).");
        }

        var byFile = new SortedDictionary<string, List<(int Line, int Column, string Message)>>(StringComparer.Ordinal);
        foreach (var error in problems.ConfigurationErrors)
        {
            Add(error.Path, error.Line, error.Column, error.Hint is null ? error.Message : $"{error.Message}\nhint: {error.Hint}");
        }

        foreach (var error in problems.RuleFileErrors)
        {
            Add(error.Path, error.Line, error.Column, $"{error.Code}: {(error.Hint is null ? error.Message : $"{error.Message}\nhint: {error.Hint}")}");
        }

        void Add(string path, int line, int column, string message)
        {
            if (!byFile.TryGetValue(path, out var list))
            {
                byFile[path] = list = [];
            }

            list.Add((line, column, message));
        }

        var signature = string.Join('\n', byFile.SelectMany(f => f.Value.Select(e => $"{f.Key}({e.Line},{e.Column}): {e.Message}")));

        // Documents are linted on several threads at once; one of them reports a change of mistakes.
        lock (_reportLock)
        {
            if (signature != _reportedConfigurationErrors)
            {
                _reportedConfigurationErrors = signature;
                PublishConfigurationErrors(byFile, signature);
            }
        }
    }

    private void PublishConfigurationErrors(SortedDictionary<string, List<(int Line, int Column, string Message)>> byFile, string signature)
    {
        foreach (var stale in _configurationFilesWithDiagnostics.Except(byFile.Keys).ToList())
        {
            Publish(FileUris.FromPath(stale), null, []);
            _configurationFilesWithDiagnostics.Remove(stale);
        }

        foreach (var (file, errors) in byFile)
        {
            _configurationFilesWithDiagnostics.Add(file);
            Publish(FileUris.FromPath(file), null, [.. errors.Select(e => ConfigurationErrorDiagnostic(file, e.Line, e.Column, e.Message))]);
        }

        if (byFile.Count > 0)
        {
            var count = byFile.Sum(f => f.Value.Count);
            var first = signature.Split('\n')[0];
            _ = SendNotificationAsync("window/showMessage", new ShowMessageParams
            {
                Type = MessageType.Error,
                Message = $"stmtlint: {count} {(count == 1 ? "mistake" : "mistakes")} in configuration or rule files; the documents they apply to are not checked until they are fixed, as check would not check them. {first}",
            }, s_json.ShowMessageParams);
        }
    }

    private LspDiagnostic ConfigurationErrorDiagnostic(string file, int line, int column, string message)
    {
        // Configuration positions are 1-based lines and columns in UTF-16 code units; the file is read to place them in the negotiated encoding.
        Position position;
        try
        {
            var text = File.ReadAllText(file);
            var map = new LineMap(text);
            var offset = map.ToOffset(new Position { Line = Math.Max(0, line - 1), Character = Math.Max(0, column - 1) }, PositionEncoding.Utf16);
            position = map.ToPosition(offset, Encoding);
        }
        catch (IOException)
        {
            position = new Position { Line = Math.Max(0, line - 1), Character = Math.Max(0, column - 1) };
        }
        catch (UnauthorizedAccessException)
        {
            position = new Position { Line = Math.Max(0, line - 1), Character = Math.Max(0, column - 1) };
        }

        return new LspDiagnostic
        {
            Range = new Protocol.Range { Start = position, End = position },
            Severity = DiagnosticSeverity.Error,
            Code = "config",
            Source = DiagnosticSource,
            Message = message,
        };
    }

    private void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (parameters.Changes.Any(c => FileUris.ToPath(c.Uri) is { } path && LintWorkspace.IsConfigurationFile(path)))
        {
            Reload();
        }
    }

    /// <summary>Reads configuration and custom rules again and lints every open document again.</summary>
    private void Reload()
    {
        _workspace?.ConfigurationChanged();
        Interlocked.Increment(ref _generation);
        List<OpenDocument> open;
        lock (_reportLock)
        {
            _reportedConfigurationErrors = "\u0000";
        }

        lock (_lock)
        {
            open = [.. _documents.Values];
        }

        foreach (var document in open)
        {
            Schedule(document, TimeSpan.Zero);
        }
    }

    /// <summary>For a client that cannot watch files: the server watches the workspace folders itself, for configuration and rule files.</summary>
    private void WatchFolders()
    {
        var root = _roots.FirstOrDefault();
        if (root is null || !Directory.Exists(root))
        {
            return;
        }

        try
        {
            _watcher = new System.IO.FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler changed = (_, e) =>
            {
                if (LintWorkspace.IsConfigurationFile(e.FullPath))
                {
                    // Editors write a file in several steps; one reload after they settle.
                    _reloadTimer?.Change(_options.Debounce, Timeout.InfiniteTimeSpan);
                }
            };
            _reloadTimer = new Timer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _watcher.Changed += changed;
            _watcher.Created += changed;
            _watcher.Deleted += changed;
            _watcher.Renamed += (sender, e) => changed(sender, e);
            _watcher.EnableRaisingEvents = true;
        }
        catch (IOException e)
        {
            Log($"cannot watch {root}: {e.Message}");
        }
    }

    // ---- Sending ----

    private void SayOnce(string key, MessageType type, string message)
    {
        lock (_lock)
        {
            if (!_said.Add(key))
            {
                return;
            }
        }

        _ = SendNotificationAsync("window/showMessage", new ShowMessageParams { Type = type, Message = message }, s_json.ShowMessageParams);
    }

    private void Log(string message)
    {
        _options.Log?.Invoke(message);
        if (_state != ServerState.Uninitialized)
        {
            _ = SendNotificationAsync("window/logMessage", new ShowMessageParams { Type = MessageType.Log, Message = message }, s_json.ShowMessageParams);
        }
    }

    private async Task SendNotificationAsync<T>(string method, T parameters, JsonTypeInfo<T> info)
    {
        var (values, types) = Named(parameters, info);
        try
        {
            await _rpc.NotifyWithParameterObjectAsync(method, values, types).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            // The client has gone; nothing is waiting for this.
        }
    }

    private async Task SendRequestAsync<T>(string method, T parameters, JsonTypeInfo<T> info)
    {
        var (values, types) = Named(parameters, info);
        try
        {
            await _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, values, types, CancellationToken.None).ConfigureAwait(false);
        }
        catch (RemoteRpcException e)
        {
            Log($"the client refused '{method}': {e.Message}");
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            // The client has gone.
        }
    }

    /// <summary>A parameter object as StreamJsonRpc's trim-safe named arguments: each top-level member as JSON.</summary>
    private static (Dictionary<string, object?> Values, Dictionary<string, Type> Types) Named<T>(T parameters, JsonTypeInfo<T> info)
    {
        var element = JsonSerializer.SerializeToElement(parameters, info);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            values[property.Name] = property.Value;
            types[property.Name] = typeof(JsonElement);
        }

        return (values, types);
    }
}

/// <summary>How a server runs: where, with what environment, and its timings (tests shorten them).</summary>
internal sealed record LanguageServerOptions
{
    /// <summary>Where the server was started; stands for the workspace when the client names no folder.</summary>
    public required string CurrentDirectory { get; init; }

    public CliEnvironment Environment { get; init; } = CliEnvironment.None;

    public TimeSpan Debounce { get; init; } = StmtlintLanguageServer.DefaultDebounce;

    public TimeSpan ParentPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Where the server's own log goes (stderr, which editors keep in their LSP log), or null.</summary>
    public Action<string>? Log { get; init; }
}
