package jp.mnledger.command.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;
import jp.mnledger.command.inbox.IdDocumentInbox;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.inbox.IdDocumentContentType;
import jp.mnledger.kernel.inbox.IdDocumentImageContent;
import jp.mnledger.kernel.inbox.IdDocumentImageKind;
import jp.mnledger.kernel.inbox.ReceiveIdDocumentImageCommand;
import jp.mnledger.kernel.inbox.ViewIdDocumentImageCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The receive-only inbox for ID-document images over HTTP. Upload: the raw image as the body, its
 * Content-Type one of JPEG, PNG or PDF and matching the bytes; the answer is the image's id and no way
 * to read it back. Content: the image for a handler verifying the number, never cached, every view
 * recorded. The list of images (metadata only) is on the query side.
 */
@RestController
@RequestMapping("/api/v1/companies/{companyId}/subjects/{subjectId}/id-documents")
class IdDocumentController {

    /** How much of an oversized upload is read and discarded so that its sender still gets the 413 problem. */
    static final long DRAIN_BEYOND_LIMIT = 64L * 1024 * 1024;

    private final CommandGateway commands;
    private final AuditMetadataResolver metadata;
    private final IdDocumentInbox inbox;

    IdDocumentController(CommandGateway commands, AuditMetadataResolver metadata, IdDocumentInbox inbox) {
        this.commands = commands;
        this.metadata = metadata;
        this.inbox = inbox;
    }

    record ImageReceivedResponse(String imageId) {
    }

    /**
     * The body is read here, never more than the limit plus one byte into memory, whatever Content-Length
     * claims; an oversized body is refused with 413 (ID_IMAGE_TOO_LARGE) once that much has been read.
     */
    @Operation(summary = "本人確認書類の画像を受信箱へ送る（送信者は閲覧不可） / Send an ID-document image to the receive-only inbox", tags = "本人確認書類の受信箱")
    @PostMapping
    ResponseEntity<ImageReceivedResponse> receive(@PathVariable String companyId, @PathVariable String subjectId,
                                                  @RequestParam IdDocumentImageKind kind, HttpServletRequest request)
            throws IOException {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        ReceiveIdDocumentImageCommand command = receiveCommand(request, company, subject, kind, inbox);
        ExistingAggregates.send(commands, command, metadata.resolve(request, company), company, ErrorCode.SUBJECT_NOT_FOUND);
        return ResponseEntity.status(201).body(new ImageReceivedResponse(command.imageId()));
    }

    /**
     * The command for an uploaded image (also an invitation's upload): its Content-Type one of JPEG, PNG or
     * PDF and matching the bytes, never more than the inbox's limit read.
     */
    static ReceiveIdDocumentImageCommand receiveCommand(HttpServletRequest request, String company, String subject,
                                                        IdDocumentImageKind kind, IdDocumentInbox inbox) throws IOException {
        IdDocumentContentType contentType = IdDocumentContentType.ofMediaType(request.getContentType())
                .orElseThrow(() -> new DomainException(ErrorCode.ID_IMAGE_TYPE_NOT_SUPPORTED));
        byte[] content = readAtMost(request.getInputStream(), inbox.maxImageBytes(), request.getContentLengthLong());
        if (content.length == 0) {
            throw new DomainException(ErrorCode.ID_IMAGE_EMPTY);
        }
        if (!contentType.matches(content)) {
            throw new DomainException(ErrorCode.ID_IMAGE_TYPE_NOT_SUPPORTED);
        }
        return new ReceiveIdDocumentImageCommand(subject, company, UUID.randomUUID().toString(), kind, contentType, content);
    }

    /**
     * The image, for an appointed handler while the number awaits verification. Written straight to the
     * response, so that no content negotiation can fail after the view was recorded.
     */
    @Operation(summary = "本人確認のため画像を表示する（担当者のみ・記録される） / View an image to verify (handler, recorded)", tags = "本人確認書類の受信箱")
    @GetMapping("/{imageId}/content")
    void content(@PathVariable String companyId, @PathVariable String subjectId, @PathVariable String imageId,
                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        String image = ResourceIds.require(imageId, ErrorCode.ID_IMAGE_NOT_FOUND);
        IdDocumentImageContent viewed = ExistingAggregates.send(commands, new ViewIdDocumentImageCommand(subject, company, image),
                metadata.resolve(request, company), company, ErrorCode.SUBJECT_NOT_FOUND);
        byte[] content = viewed.content();
        response.setStatus(200);
        response.setContentType(viewed.contentType().mediaType());
        response.setContentLength(content.length);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline");
        response.getOutputStream().write(content);
        response.flushBuffer();
    }

    private static byte[] readAtMost(InputStream in, long limit, long declaredLength) throws IOException {
        if (declaredLength > limit + DRAIN_BEYOND_LIMIT) {
            throw new DomainException(ErrorCode.ID_IMAGE_TOO_LARGE);
        }
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (content.length > limit) {
            Arrays.fill(content, (byte) 0);
            drain(in);
            throw new DomainException(ErrorCode.ID_IMAGE_TOO_LARGE);
        }
        return content;
    }

    /**
     * Reads and discards the rest of an oversized upload (up to {@link #DRAIN_BEYOND_LIMIT}), so the client
     * can read the 413 problem: a connection closed on unread input is reset, and the client may lose the
     * answer with it. Tomcat itself only swallows 2 MB ({@code server.tomcat.max-swallow-size}).
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        int read;
        while (drained < DRAIN_BEYOND_LIMIT && (read = in.read(buffer)) >= 0) {
            drained += read;
        }
    }
}
