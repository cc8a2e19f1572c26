# The exception tag for C longjmp, referenced by clang's sjlj lowering and by sjlj.c.
.globl __c_longjmp
.tagtype __c_longjmp i32
__c_longjmp:
