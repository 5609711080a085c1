package jp.mnledger.command.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;
import jp.mnledger.command.importing.CsvUpload;
import jp.mnledger.command.importing.SubjectImportPreview;
import jp.mnledger.command.importing.SubjectImportProperties;
import jp.mnledger.command.importing.SubjectImportStatus;
import jp.mnledger.command.importing.SubjectImports;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import org.springframework.http.CacheControl;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registering many data subjects from one CSV file (ADR 0011): a preview that stores nothing, the import
 * (202 Accepted; it runs in the background, all lines or none), and its status. The body is the file
 * itself, {@code Content-Type: text/csv} with an optional charset. The caller's permission to register
 * subjects is checked before the body is read.
 */
@RestController
@RequestMapping("/api/v1/companies/{companyId}/subject-imports")
class SubjectImportController {

    private static final Set<String> CSV_TYPES = Set.of("text/csv", "application/csv", "text/plain");

    private final SubjectImports imports;
    private final AuditMetadataResolver metadata;
    private final long maxBytes;

    SubjectImportController(SubjectImports imports, AuditMetadataResolver metadata, SubjectImportProperties properties) {
        this.imports = imports;
        this.metadata = metadata;
        this.maxBytes = properties.maxBytes().toBytes();
    }

    @Operation(summary = "CSV取込のプレビュー（何も保存しない） / Preview a CSV import, storing nothing", tags = "対象者の一括取込（CSV）")
    @PostMapping("/preview")
    ResponseEntity<SubjectImportPreview> preview(@PathVariable String companyId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(imports.preview(company, upload(request), metadata.resolve(request, company)));
    }

    @Operation(summary = "CSVから対象者を一括登録する（全行か、何もしないか） / Import subjects from CSV, all lines or none", tags = "対象者の一括取込（CSV）")
    @PostMapping
    ResponseEntity<SubjectImportStatus> start(@PathVariable String companyId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        SubjectImportStatus status = imports.start(company, upload(request), metadata.resolve(request, company));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/companies/" + company + "/subject-imports/" + status.importId()))
                .body(status);
    }

    @Operation(summary = "取込の進捗と結果 / An import's progress and outcome", tags = "対象者の一括取込（CSV）")
    @GetMapping("/{importId}")
    ResponseEntity<SubjectImportStatus> status(@PathVariable String companyId, @PathVariable String importId,
                                               HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(imports.status(company, importId, metadata.resolve(request, company)));
    }

    /** The request body as the file, read (at most the configured size) only when the service asks for it. */
    private CsvUpload upload(HttpServletRequest request) {
        return new CsvUpload() {
            private MediaType type;

            @Override
            public String declaredCharset() {
                String charset = type().getParameter("charset");
                return charset == null ? null : charset.replace("\"", "");
            }

            @Override
            public byte[] bytes() {
                type();
                // Never more than the limit in memory; the rest of an oversized body is left to the container.
                try (InputStream body = request.getInputStream()) {
                    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    if (bytes.length > maxBytes) {
                        throw new DomainException(ErrorCode.IMPORT_TOO_LARGE);
                    }
                    return bytes;
                } catch (IOException e) {
                    throw new DomainException(ErrorCode.REQUEST_MALFORMED);
                }
            }

            private MediaType type() {
                if (type == null) {
                    type = csvType(request.getContentType());
                }
                return type;
            }
        };
    }

    private static MediaType csvType(String contentType) {
        if (contentType == null) {
            throw new DomainException(ErrorCode.IMPORT_MEDIA_TYPE_UNSUPPORTED);
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (!CSV_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
                throw new DomainException(ErrorCode.IMPORT_MEDIA_TYPE_UNSUPPORTED);
            }
            return type;
        } catch (InvalidMediaTypeException e) {
            throw new DomainException(ErrorCode.IMPORT_MEDIA_TYPE_UNSUPPORTED);
        }
    }
}
