// yuma_fixed_check: the kernels' fixed-point operations, one per input line, for
// FixedPointHostTest to compare with io.yuma.fixed (itself checked against an exact BigInteger
// model of substrate-fixed).
//
// stdin: one operation per line, "NAME ARG..." with signed decimal 64-bit arguments (u64 values
// as their two's-complement i64); stdout: one line per operation, the result words in decimal.
// Operations that can fail print "err" where the chain's code returns None or Err.
#include "../../main/resources/kernels/yuma_wide.cuh"

#include <cstdio>
#include <cstring>

using namespace yuma;

namespace {

void print(i64 v) { std::printf("%lld\n", v); }
void print2(W128 v) { std::printf("%lld %lld\n", (i64)v.hi, (i64)v.lo); }

} // namespace

int main() {
    char op[32];
    i64 a[6];
    while (std::scanf("%31s", op) == 1) {
        auto args = [&](int k) {
            for (int i = 0; i < k; i++) {
                if (std::scanf("%lld", &a[i]) != 1) {
                    std::fprintf(stderr, "yuma_fixed_check: %s needs %d arguments\n", op, k);
                    std::exit(2);
                }
            }
        };
        if (!std::strcmp(op, "sat_mul")) { args(2); print(sat_mul(a[0], a[1])); }
        else if (!std::strcmp(op, "checked_mul")) { args(3); print(checked_mul(a[0], a[1], a[2])); }
        else if (!std::strcmp(op, "sat_add")) { args(2); print(sat_add(a[0], a[1])); }
        else if (!std::strcmp(op, "sat_sub")) { args(2); print(sat_sub(a[0], a[1])); }
        else if (!std::strcmp(op, "checked_div")) { args(3); print(checked_div(a[0], a[1], a[2])); }
        else if (!std::strcmp(op, "sat_div")) { args(2); print(sat_div(a[0], a[1])); }
        else if (!std::strcmp(op, "udiv128")) { args(3); print((i64)udiv128_64((u64)a[0], (u64)a[1], (u64)a[2])); }
        else if (!std::strcmp(op, "exp")) {
            args(1);
            i64 e;
            if (fx_exp(a[0], &e)) print(e); else std::printf("err\n");
        }
        else if (!std::strcmp(op, "exp_safe")) { args(1); print(exp_safe(a[0])); }
        else if (!std::strcmp(op, "to_u16")) { args(1); print(fx_to_u16(a[0])); }
        else if (!std::strcmp(op, "mul_to_u64")) { args(2); print((i64)mul_to_u64(a[0], (u64)a[1])); }
        else if (!std::strcmp(op, "u16_proportion")) { args(1); print(u16_proportion((int)a[0])); }
        else if (!std::strcmp(op, "tao_weight")) { args(1); print2(tao_weight((u64)a[0])); }
        else if (!std::strcmp(op, "total_stake")) { args(3); print2(total_stake((u64)a[0], (u64)a[1], tao_weight((u64)a[2]))); }
        else if (!std::strcmp(op, "i64f64_div")) {
            args(4);
            W128 q;
            if (i64f64_div(w128((u64)a[0], (u64)a[1]), w128((u64)a[2], (u64)a[3]), &q)) print2(q); else std::printf("err\n");
        }
        else if (!std::strcmp(op, "normalized_stake")) { args(4); print(normalized_stake(w128((u64)a[0], (u64)a[1]), w128((u64)a[2], (u64)a[3]))); }
        else if (!std::strcmp(op, "to_i32f32_saturating")) { args(2); print(i64f64_to_i32f32_saturating(w128((u64)a[0], (u64)a[1]))); }
        else if (!std::strcmp(op, "normal_ema_alpha")) { args(1); print(normal_ema_alpha((u64)a[0])); }
        else if (!std::strcmp(op, "disabled_liquid_alpha")) { args(1); print(disabled_liquid_alpha((u64)a[0])); }
        else { std::fprintf(stderr, "yuma_fixed_check: unknown operation %s\n", op); return 2; }
    }
    return 0;
}
