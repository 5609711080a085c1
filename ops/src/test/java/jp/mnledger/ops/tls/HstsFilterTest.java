package jp.mnledger.ops.tls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class HstsFilterTest {

    private static MockHttpServletResponse filter(boolean secure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
        request.setSecure(secure);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new HstsFilter().doFilter(request, response, chain);
        assertThat(chain.getRequest()).isSameAs(request);
        return response;
    }

    @Test
    void aSecureResponseTellsTheBrowserToUseOnlyHttpsForAYear() throws Exception {
        assertThat(filter(true).getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void aPlainHttpResponseCarriesNoHstsHeader() throws Exception {
        assertThat(filter(false).getHeader("Strict-Transport-Security")).isNull();
    }
}
