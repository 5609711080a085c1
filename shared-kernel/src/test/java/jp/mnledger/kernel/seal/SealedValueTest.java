package jp.mnledger.kernel.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SealedValueTest {

    @Test
    void roundTripsThroughJsonAsBase64() throws Exception {
        SealedValue sealed = new SealedValue(SealedValue.AES_256_GCM_V1, new byte[12], new byte[] {1, 2, 3});
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(sealed);
        assertThat(json).contains("\"nonce\":\"AAAAAAAAAAAAAAAA\"");
        assertThat(mapper.readValue(json, SealedValue.class)).isEqualTo(sealed);
    }

    @Test
    void toStringShowsNoBytes() {
        SealedValue sealed = new SealedValue(SealedValue.AES_256_GCM_V1, new byte[12], new byte[] {1, 2, 3});
        assertThat(sealed.toString()).isEqualTo("SealedValue[A256GCM-v1, 3 bytes]");
    }

    @Test
    void personalNameHidesItself() {
        assertThat(new PersonalName("山田 太郎").toString()).doesNotContain("山田");
    }
}
